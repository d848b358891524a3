package analyze

import (
	"fmt"
	"slices"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// tokenString formats a token as term@position=surface, so one string shows
// the term, its position and the original text its offsets select.
func tokenStrings(compound bool, input string) []string {
	tokens := NewTokenizer(compound).Tokenize([]byte(input))
	out := make([]string, len(tokens))
	for i, tok := range tokens {
		out[i] = fmt.Sprintf("%s@%d=%s", tok.Term, tok.Position, input[tok.Start:tok.End])
	}
	return out
}

func TestTokenizeNormalization(t *testing.T) {
	conjoining := "\u1112\u1161\u11ab\u1100\u1173\u11af" // 한글 as conjoining jamo
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"full-width latin", "ＬＬＭ", []string{"llm@1=ＬＬＭ"}},
		{"full-width digits", "１２８％", []string{"128@1=１２８"}},
		{"nfd hangul", norm.NFD.String("모델을"), []string{"모델@1=" + norm.NFD.String("모델")}},
		{"conjoining jamo", conjoining, []string{"한글@1=" + conjoining}},
		{"case folding", "MaGViT Straße", []string{"magvit@1=MaGViT", "strasse@2=Straße"}},
		{"control characters", "a\bb\fc\td", []string{"a@1=a", "b@2=b", "c@3=c", "d@4=d"}},
		{"zero width inside word", "모\u200b델을 L\u00adLM",
			[]string{"모델@1=모\u200b델", "llm@2=L\u00adLM"}},
		{"math letter", "𝒢 graph", []string{"g@1=𝒢", "graph@2=graph"}},
		{"combining accent", "cafe\u0301", []string{"café@1=cafe\u0301"}},
		{"han inside korean", "韓國어 모델", []string{"韓國@1=韓國", "어@2=어", "모델@3=모델"}},
		{"nbsp", "LLM\u00a0모델", []string{"llm@1=LLM", "모델@2=모델"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokenStrings(false, tc.input); !slices.Equal(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.input, got, tc.want)
			}
		})
	}
}

func TestTokenizeSplitting(t *testing.T) {
	tests := []struct {
		name  string
		input string
		want  []string
	}{
		{"glued object particle", "LLM을", []string{"llm@1=LLM"}},
		{"glued after digit", "4o를 썼다", []string{"4o@1=4o", "썼다@2=썼다"}},
		{"glued noun kept", "LLM기반의", []string{"llm@1=LLM", "기반@2=기반"}},
		{"url", "https://github.com/x/y에서",
			[]string{"https@1=https", "github.com@2=github.com", "github@2=github",
				"com@3=com", "x@4=x", "y@5=y"}},
		{"model name", "GPT-4o를", []string{"gpt-4o@1=GPT-4o", "gpt@1=GPT", "4o@2=4o"}},
		{"letter digit split", "LLaMA3",
			[]string{"llama3@1=LLaMA3", "llama@1=LLaMA", "3@2=3"}},
		{"size suffix", "XCoder-8B",
			[]string{"xcoder-8b@1=XCoder-8B", "xcoder@1=XCoder", "8b@2=8B"}},
		{"group inside name", "Open-MAGVIT2",
			[]string{"open-magvit2@1=Open-MAGVIT2", "open@1=Open", "magvit2@2=MAGVIT2",
				"magvit@2=MAGVIT", "2@3=2"}},
		{"digit then letter", "3D 생성", []string{"3d@1=3D", "생성@2=생성"}},
		{"resolution", "128×128", []string{"128×128@1=128×128", "128@1=128", "128@2=128"}},
		{"version", "v1.18.", []string{"v1.18@1=v1.18", "v1@1=v1", "v@1=v", "1@2=1", "18@3=18"}},
		{"trailing joiner", "end-. next", []string{"end@1=end", "next@2=next"}},
		{"possessive kept for filter", "model's", []string{"model's@1=model's"}},
		{"separators", "도로ㆍ지반·수자원/분야",
			[]string{"도로@1=도로", "지반@2=지반", "수자원@3=수자원", "분야@4=분야"}},
		{"invalid utf-8", "a\xffb", []string{"a@1=a", "b@2=b"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := tokenStrings(false, tc.input); !slices.Equal(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.input, got, tc.want)
			}
		})
	}
}

func TestTokenizeCompounds(t *testing.T) {
	tests := []struct {
		input string
		want  []string
	}{
		{"44사이즈비키니", []string{"44@1=44", "사이즈비키니@2=사이즈비키니",
			"이즈비키니@2=이즈비키니", "즈비키니@2=즈비키니", "비키니@2=비키니", "키니@2=키니"}},
		{"확산모델을", []string{"확산모델@1=확산모델", "산모델@1=산모델", "모델@1=모델"}},
		{"서울대", []string{"서울대@1=서울대", "울대@1=울대"}},
		{"모델", []string{"모델@1=모델"}},
	}
	for _, tc := range tests {
		t.Run(tc.input, func(t *testing.T) {
			if got := tokenStrings(true, tc.input); !slices.Equal(got, tc.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tc.input, got, tc.want)
			}
		})
	}
}
