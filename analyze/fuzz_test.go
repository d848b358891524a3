package analyze

import (
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"golang.org/x/text/unicode/norm"
)

func FuzzAnalyze(f *testing.F) {
	for _, tc := range analyzerCases {
		f.Add(tc.doc)
	}
	for _, s := range []string{
		"https://github.com/x/y에서", "Open-MAGVIT2 LLaMA3 128×128 1.18 𝒢 韓國어",
		"\u1112\u1161\u11ab\u1161", "ᄒ", "\u11ab모델", "a-", "-a", "a\u0301-\u0301b",
		norm.NFD.String("효율적인 학습시키는"), "ㆍㆍ", "\ufeff모델\u200d을",
	} {
		f.Add(s)
	}

	analyzers := map[string]analysis.Analyzer{Name: New(), NameCompound: NewCompound()}
	f.Fuzz(func(t *testing.T, input string) {
		for name, a := range analyzers {
			prev := 0
			for _, tok := range a.Analyze([]byte(input)) {
				if tok.Start < prev || tok.Start > tok.End || tok.End > len(input) {
					t.Fatalf("%s Analyze(%q): term %q has offsets [%d:%d] after start %d",
						name, input, tok.Term, tok.Start, tok.End, prev)
				}
				if !utf8.Valid(tok.Term) {
					t.Fatalf("%s Analyze(%q): term %q is invalid UTF-8", name, input, tok.Term)
				}
				prev = tok.Start
			}
		}
	})
}
