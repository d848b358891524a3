package index

import "testing"

func TestAuthorKey(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Zhiyuan Liu", "zhiyuan liu"},
		{"inner spaces", "zhiyuan  liu", "zhiyuan liu"},
		{"accents", "Zhìyuán Liu", "zhiyuan liu"},
		{"decomposed accents", "Zhi\u0300yua\u0301n Liu", "zhiyuan liu"},
		{"outer spaces and quotes", `  "Zhiyuan Liu"  `, "zhiyuan liu"},
		{"curly quotes", "“Zhiyuan Liu”", "zhiyuan liu"},
		{"tab and ideographic space", "Zhiyuan\t\u3000Liu", "zhiyuan liu"},
		{"german", "Jürgen Schmidhuber", "jurgen schmidhuber"},
		{"sharp s folds", "Strauß", "strauss"},
		{"compatibility form", "ﬁne Ｌｉｕ", "fine liu"},
		{"hangul kept", "김철수", "김철수"},
		{"apostrophe inside kept", "O'Brien", "o'brien"},
		{"hyphen kept", "Jean-Pierre Dupont", "jean-pierre dupont"},
		{"empty", "", ""},
		{"quotes only", `"'`, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := AuthorKey(tc.in); got != tc.want {
				t.Errorf("AuthorKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}
