package index

import "testing"

func TestParseVotes(t *testing.T) {
	tests := []struct {
		value   string
		want    int // -1: unknown
		problem bool
	}{
		{"34", 34, false},
		{" 0 ", 0, false},
		{"-", -1, false},
		{"", -1, false},
		{"７", 7, false},
		{"１２", 12, false},
		{"many", -1, true},
		{"-3", -1, true},
	}
	for _, tc := range tests {
		t.Run(tc.value, func(t *testing.T) {
			got, problem := parseVotes(tc.value)
			switch {
			case tc.want < 0 && got != nil:
				t.Errorf("parseVotes(%q) = %d, want unknown", tc.value, *got)
			case tc.want >= 0 && (got == nil || *got != tc.want):
				t.Errorf("parseVotes(%q) = %v, want %d", tc.value, got, tc.want)
			}
			if (problem != "") != tc.problem {
				t.Errorf("parseVotes(%q) problem = %q, want a problem: %v", tc.value, problem, tc.problem)
			}
		})
	}
}
