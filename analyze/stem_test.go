package analyze

import "testing"

func TestStem(t *testing.T) {
	tests := []struct {
		word, want string
	}{
		{"모델을", "모델"},
		{"모델의", "모델"},
		{"모델에서", "모델"},
		{"모델들은", "모델"},
		{"모델에서의", "모델"},
		{"데이터로부터", "데이터"},
		{"학습시키는", "학습"},
		{"학습했다", "학습"},
		{"학습하는", "학습"},
		{"효율적인", "효율"},
		{"효율적으로", "효율"},
		{"서울은", "서울"},
		{"수도이다", "수도"},
		{"책을", "책"},
		{"바꾸었다", "바꾸"},
		{"사용된", "사용"},
		// Words that only look inflected stay whole.
		{"레이텍", "레이텍"},
		{"에어팟", "에어팟"},
		{"쿠버네티스", "쿠버네티스"},
		{"구조대", "구조대"},
		{"서울대", "서울대"},
		{"파이프라인", "파이프라인"},
		{"도메인", "도메인"},
		{"사이", "사이"},
		{"프로", "프로"},
		{"경로", "경로"},
		{"평가", "평가"},
		{"재평가", "재평가"},
		{"연구결과", "연구결과"},
		{"정확도", "정확도"},
		{"최적화", "최적화"},
		{"최적", "최적"},
		{"정의", "정의"},
		{"이", "이"},
		{"에서", "에서"},
		// Particles after a noun that ends like a protected one.
		{"평가를", "평가"},
		{"결과의", "결과"},
		{"경로로", "경로"},
	}
	for _, tc := range tests {
		t.Run(tc.word, func(t *testing.T) {
			if got := tc.word[:3*stemSyllables([]byte(tc.word))]; got != tc.want {
				t.Errorf("stem(%q) = %q, want %q", tc.word, got, tc.want)
			}
		})
	}
}

func TestGluedParticle(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"을", true}, {"에서", true}, {"와의", true}, {"도", true}, {"으로부터", true},
		{"기반", false}, {"배", false}, {"모델", false},
	}
	for _, tc := range tests {
		if got := isGluedParticle([]byte(tc.word)); got != tc.want {
			t.Errorf("isGluedParticle(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}
