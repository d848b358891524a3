package index

import (
	"slices"
	"strings"
	"testing"
)

func TestParseAuthorsJoinsSplitNames(t *testing.T) {
	tests := []struct {
		name, value string
		want        []string
		warned      bool
	}{
		{"split name", "Ada Park, Yingyan, Lin, Bo Chen", []string{"Ada Park", "Yingyan Lin", "Bo Chen"}, true},
		{"organisation kept", "NVIDIA, Ada Park", []string{"NVIDIA", "Ada Park"}, false},
		{"acronym before a word", "NVIDIA, Google", []string{"NVIDIA", "Google"}, false},
		{"marker between", "Yingyan, +, Lin", []string{"Yingyan", "Lin"}, false},
		{"whole names", "Ada Park, Bo Chen", []string{"Ada Park", "Bo Chen"}, false},
		{"python list untouched", "['Yingyan', 'Lin']", []string{"Yingyan", "Lin"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, problem := parseAuthors(tc.value)
			if !slices.Equal(got, tc.want) {
				t.Errorf("parseAuthors(%q) = %q, want %q", tc.value, got, tc.want)
			}
			if warned := strings.Contains(problem, "joined"); warned != tc.warned {
				t.Errorf("parseAuthors(%q) problem = %q, want a join warning: %v", tc.value, problem, tc.warned)
			}
		})
	}
}

func TestParseWarnsCutHeaderLine(t *testing.T) {
	text := "## Daily Papers (2024-01-02)\n\n### [A Title](https://arxiv.org/abs/2401.44444)\n\nVote: 3\n\nAuth"
	papers, warnings, err := Parse(strings.NewReader(text), "cut.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(papers) != 1 {
		t.Fatalf("Parse returned %d papers, want the cut entry kept", len(papers))
	}
	if len(warnings) != 1 || warnings[0].Line != 7 || !strings.Contains(warnings[0].Message, "cut off") {
		t.Errorf("warnings = %v, want one at line 7 about a cut-off line", warnings)
	}
}
