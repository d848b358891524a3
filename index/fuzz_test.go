package index

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.input)
	}
	f.Add("### [a](https://arxiv.org/abs/2401.00001)\n- **x**:\n- ***:\n- **\n")
	f.Add("## Daily Papers (\n### [\n### ](\nAuthors: ['\\\nVote: -1\n")

	f.Fuzz(func(t *testing.T, input string) {
		papers, warnings, err := Parse(strings.NewReader(input), "2024-06-12.md")
		if err != nil {
			t.Fatalf("Parse(%q) error = %v, want nil from a strings.Reader", input, err)
		}
		for _, w := range warnings {
			if w.Line < 1 {
				t.Errorf("Parse(%q) warning %q has line %d, want >= 1", input, w, w.Line)
			}
		}
		for _, p := range papers {
			if p.ID == "" {
				t.Errorf("Parse(%q) returned a paper with an empty ID: %+v", input, p)
			}
			for _, s := range paperStrings(p) {
				if !utf8.ValidString(s) {
					t.Errorf("Parse(%q) returned invalid UTF-8 %q", input, s)
				}
			}
		}
	})
}

func FuzzDisplayTitle(f *testing.F) {
	f.Add("LLM$\\times$MapReduce")
	f.Add("$VILA^2$: $\\textbf{\\textsc{x}_{\\alpha}}$")
	f.Add("\\")
	f.Fuzz(func(t *testing.T, title string) {
		got := DisplayTitle(title)
		if utf8.ValidString(title) && !utf8.ValidString(got) {
			t.Errorf("DisplayTitle(%q) = %q, want valid UTF-8", title, got)
		}
		if !strings.ContainsAny(title, `$\`) && got != title {
			t.Errorf("DisplayTitle(%q) = %q, want the plain title unchanged", title, got)
		}
	})
}

// paperStrings returns every text field of p.
func paperStrings(p Paper) []string {
	s := []string{p.ID, p.Title, p.DisplayTitle, p.URL, p.Image, p.Video, p.Source.File}
	s = append(s, p.Authors...)
	for _, section := range p.Sections {
		s = append(s, section.Label, section.Text)
	}
	return s
}
