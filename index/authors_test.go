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
