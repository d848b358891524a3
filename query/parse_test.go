package query

import (
	"errors"
	"strings"
	"testing"
)

// parseCases lists every syntax form with its tree. FuzzParse seeds from it.
var parseCases = []struct {
	name, in, want string
}{
	{"blank", "", "and()"},
	{"spaces only", "  \t ", "and()"},
	{"words", "diffusion transformer", "and(words(diffusion transformer))"},
	{"korean words", "확산 모델을", "and(words(확산 모델을))"},
	{"hyphen inside word", "GPT-4o state-of-the-art", "and(words(GPT-4o state-of-the-art))"},
	{"colon in non-field word", "10:30 GPT-4:", "and(words(10:30 GPT-4:))"},
	{"lowercase or is a word", "a or b", "and(words(a or b))"},
	{"phrase", `"diffusion model"`, `and(phrase("diffusion model"))`},
	{"korean phrase", `"확산 모델"`, `and(phrase("확산 모델"))`},
	{"phrase splits word runs", `a "b c" d`, `and(words(a) phrase("b c") words(d))`},
	{"exclude word", "llm -survey", "and(words(llm) -words(survey))"},
	{"exclude phrase", `llm -"large language"`, `and(words(llm) -phrase("large language"))`},
	{"or binds tighter", "a OR b c", "and(or(words(a) words(b)) words(c))"},
	{"or chain", `a OR "b c" OR (d e)`, `and(or(words(a) phrase("b c") and(words(d e))))`},
	{"group", "(a b) c", "and(and(words(a b)) words(c))"},
	{"nested groups", "((a OR b) c)", "and(and(and(or(words(a) words(b))) words(c)))"},
	{"negated group", "x -(a OR b)", "and(words(x) -and(or(words(a) words(b))))"},
	{"parens around korean", "모델(diffusion)", "and(words(모델) and(words(diffusion)))"},
	{"title word", "title:mamba", "and(words[title](mamba))"},
	{"title case insensitive", "TITLE:mamba", "and(words[title](mamba))"},
	{"title phrase", `title:"state space"`, `and(phrase[title]("state space"))`},
	{"title group", `title:(a "b c") d`, `and(and(words[title](a) phrase[title]("b c")) words(d))`},
	{"title group keeps filters", "title:(a votes:>5)", "and(and(words[title](a) votes:(5,*)))"},
	{"negated title", "-title:survey", "and(-words[title](survey))"},
	{"author quoted", `author:"Zhìyuán  Liu"`, `and(author_key:"zhiyuan liu")`},
	{"author unquoted", "author:Liu", `and(author_key:"liu")`},
	{"author prefix", "Author:Zhiyuan*", `and(author_key:"zhiyuan"*)`},
	{"author or", `author:"A B" OR author:"C D"`, `and(or(author_key:"a b" author_key:"c d"))`},
	{"id", "id:2409.03810", `and(id:"2409.03810")`},
	{"id drops version", "id:2409.03810v2", `and(id:"2409.03810")`},
	{"arxiv alias", "arXiv:2409.03810", `and(id:"2409.03810")`},
	{"votes exact", "votes:50", "and(votes:[50,50])"},
	{"votes at least", "votes:>=50", "and(votes:[50,*))"},
	{"votes above", "votes:>50", "and(votes:(50,*))"},
	{"votes at most", "votes:<=9", "and(votes:(*,9])"},
	{"votes below", "votes:<10", "and(votes:(*,10))"},
	{"votes range", "votes:10..100", "and(votes:[10,100])"},
	{"votes open end", "votes:10..", "and(votes:[10,*))"},
	{"votes open start", "votes:..100", "and(votes:(*,100])"},
	{"votes quoted", `votes:"10..20"`, "and(votes:[10,20])"},
	{"date year", "date:2024", "and(date:[2024-01-01,2025-01-01))"},
	{"date month", "date:2024-09", "and(date:[2024-09-01,2024-10-01))"},
	{"date day", "date:2024-09-01", "and(date:[2024-09-01,2024-09-02))"},
	{"date december", "date:2024-12", "and(date:[2024-12-01,2025-01-01))"},
	{"date leap day", "date:2024-02-29", "and(date:[2024-02-29,2024-03-01))"},
	{"date range", "date:2024-09-01..2024-09-30", "and(date:[2024-09-01,2024-10-01))"},
	{"date month range", "date:2024-09..2024-10", "and(date:[2024-09-01,2024-11-01))"},
	{"date open end", "date:2024-09..", "and(date:[2024-09-01,*))"},
	{"date open start", "date:..2024-09", "and(date:(*,2024-10-01))"},
	{"date from", "date:>=2025-01", "and(date:[2025-01-01,*))"},
	{"date after", "date:>2025-01", "and(date:[2025-02-01,*))"},
	{"date before", "date:<2024-06", "and(date:(*,2024-06-01))"},
	{"date until", "date:<=2024-06", "and(date:(*,2024-07-01))"},
	{"section", "section:technical diffusion", "and(words[section.technical](diffusion))"},
	{"section alias after words", `diffusion "latent space" section:tech`,
		`and(words[section.technical](diffusion) phrase[section.technical]("latent space"))`},
	{"section keeps title scope", "section:perf title:a b",
		"and(words[title](a) words[section.performance](b))"},
	{"section reaches groups", "section:whats-new (a OR -b)",
		"and(and(or(words[section.new](a) -words[section.new](b))))"},
	{"two sections", "section:new section:other a",
		"and(words[section.new,section.other](a))"},
	{"everything", `확산 모델 -"GAN" (a OR b) author:liu votes:>=10 date:2024-09`,
		`and(words(확산 모델) -phrase("GAN") and(or(words(a) words(b))) author_key:"liu" ` +
			`votes:[10,*) date:[2024-09-01,2024-10-01))`},
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Parse(tc.in)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.in, err)
			}
			if got := n.String(); got != tc.want {
				t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
			}
		})
	}
}

// parseErrorCases lists malformed queries with the column, message and hint of
// the error. FuzzParse seeds from it too.
var parseErrorCases = []struct {
	name, in string
	column   int
	msg      string // substring of SyntaxError.Msg
	hint     string // substring of SyntaxError.Hint
}{
	{"unclosed quote", `llm "diffusion`, 5, "unclosed quote", `add a closing "`},
	{"unclosed quote after korean", `확산 "모델`, 4, "unclosed quote", `add a closing "`},
	{"empty phrase", `a "  "`, 3, "empty phrase", "put words between the quotes"},
	{"unclosed parenthesis", "a (b c", 3, "unclosed parenthesis", "add a closing )"},
	{"unclosed nested", "((a) b", 1, "unclosed parenthesis", "add a closing )"},
	{"unbalanced parenthesis", "a b) c", 4, "unbalanced parenthesis", "remove the )"},
	{"empty group", "a ()", 3, "empty group", "put words between ( and )"},
	{"votes not a number", "votes:abc", 7, `invalid votes: "abc" is not a vote count`,
		"use a whole number"},
	{"votes negative", "votes:>=-5", 7, "is not a vote count", "whole number of 0 or more"},
	{"votes reversed", "votes:10..5", 7, "empty range: 10 is greater than 5", "votes:5..10"},
	{"votes no bounds", "votes:..", 7, "range without bounds", "give at least one bound"},
	{"votes missing count", "votes:>=", 7, "missing vote count", "votes:>=50"},
	{"votes group", "votes:(1 2)", 1, "votes: cannot scope a group", "join them with OR"},
	{"date bad month", "date:2024-13", 6, "month 13 is out of range", "from 01 to 12"},
	{"date bad day", "date:2024-09-31", 6, "September 2024 has 30 days", "from 01 to 30"},
	{"date not leap", "date:2023-02-29", 6, "February 2023 has 28 days", "from 01 to 28"},
	{"date garbage", "date:yesterday", 6, `"yesterday" is not a date`, "YYYY-MM-DD"},
	{"date year range", "date:1200", 6, "year 1200 is out of range", "from 1678 to 2261"},
	{"date reversed", "date:2024-10..2024-09", 6, "empty range", "date:2024-09..2024-10"},
	{"unknown field", "a foo:bar", 3, `unknown field "foo"`,
		`quote it to search the words: "foo:bar"`},
	{"unknown field lists fields", "url:x", 1, "unknown field", "author, date, id, section"},
	{"empty scope at end", "title:", 1, "empty scope title:", "title:word"},
	{"empty scope before space", "author: Liu", 1, "empty scope author:", `author:"Zhiyuan Liu"`},
	{"empty scope before paren", "a votes:)", 3, "empty scope votes:", "votes:50"},
	{"dangling or at start", "OR a", 1, "dangling OR", "on both sides of OR"},
	{"dangling or at end", "a OR", 3, "dangling OR", "on both sides of OR"},
	{"double or", "a OR OR b", 3, "dangling OR", "on both sides of OR"},
	{"or before paren", "(a OR) b", 4, "dangling OR", "on both sides of OR"},
	{"lone minus", "a - b", 3, "lone -", "as in -word"},
	{"minus at end", "a -", 3, "lone -", "as in -word"},
	{"minus before paren", "(a -)", 4, "lone -", "as in -word"},
	{"double minus", "--a", 1, "lone -", "as in -word"},
	{"minus before or", "a -OR b", 3, "lone -", "as in -word"},
	{"author star inside", "author:zh*ng", 8, "* inside a name", "only at the end"},
	{"author empty", `author:"'"`, 8, "empty author name", "write a name"},
	{"author group", "author:(a b)", 1, "author: cannot scope a group", "join them with OR"},
	{"unknown section", "section:intro a", 9, `unknown section "intro"`, "technical"},
	{"section without words", "section:tech votes:>5", 1, "section: without words",
		"section:technical diffusion"},
	{"section in group", "(section:tech a)", 2, "section: inside parentheses", "top level"},
	{"section negated", "a -section:tech", 4, "negated section:", "top level"},
	{"section in or", "a OR section:tech", 6, "section: inside OR", "top level"},
	{"invalid utf8", "ab\xffc", 3, "invalid UTF-8", "UTF-8"},
}

func TestParseErrors(t *testing.T) {
	for _, tc := range parseErrorCases {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Parse(tc.in)
			if err == nil {
				t.Fatalf("Parse(%q) = %s, want an error", tc.in, n)
			}
			var se *SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Parse(%q) error %T (%v), want *SyntaxError", tc.in, err, err)
			}
			if se.Column != tc.column {
				t.Errorf("Parse(%q) column = %d, want %d (%v)", tc.in, se.Column, tc.column, err)
			}
			if !strings.Contains(se.Msg, tc.msg) {
				t.Errorf("Parse(%q) message = %q, want it to contain %q", tc.in, se.Msg, tc.msg)
			}
			if !strings.Contains(se.Hint, tc.hint) {
				t.Errorf("Parse(%q) hint = %q, want it to contain %q", tc.in, se.Hint, tc.hint)
			}
		})
	}
}

func TestSyntaxErrorRendering(t *testing.T) {
	_, err := Parse(`llm "diffusion`)
	want := `query: column 5: unclosed quote: add a closing " or remove it`
	if err == nil || err.Error() != want {
		t.Errorf("Parse error = %v, want %s", err, want)
	}

	var se *SyntaxError
	if errors.As(err, &se) && se.Offset != 4 {
		t.Errorf("Parse error offset = %d, want 4", se.Offset)
	}

	// The column counts runes, the offset bytes: each Hangul syllable is 3 bytes.
	_, err = Parse(`확산 "모델`)
	if errors.As(err, &se) && (se.Offset != 7 || se.Column != 4) {
		t.Errorf("Parse error offset, column = %d, %d, want 7, 4", se.Offset, se.Column)
	}
}
