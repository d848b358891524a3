package query

import (
	"errors"
	"testing"
	"unicode/utf8"
)

// FuzzParse checks that Parse never panics, that its errors are *SyntaxError
// pointing inside the input, and that every tree it returns compiles.
func FuzzParse(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.in)
	}
	for _, tc := range parseErrorCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := Parse(in)
		if err != nil {
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) error %T (%v), want *SyntaxError", in, err, err)
			}
			if se.Offset < 0 || se.Offset > len(in) {
				t.Fatalf("Parse(%q) offset = %d, want 0..%d", in, se.Offset, len(in))
			}
			if want := utf8.RuneCountInString(in[:se.Offset]) + 1; se.Column != want {
				t.Fatalf("Parse(%q) column = %d, want %d", in, se.Column, want)
			}
			if se.Msg == "" || se.Hint == "" {
				t.Fatalf("Parse(%q) error %q lacks a message or a hint", in, err)
			}
			return
		}
		if _, ok := n.(*And); !ok {
			t.Fatalf("Parse(%q) = %T, want *And", in, n)
		}
		_ = n.String()
		if _, err := Compile(n, fakeText{}); err != nil {
			t.Fatalf("Compile(Parse(%q)) error: %v", in, err)
		}
	})
}
