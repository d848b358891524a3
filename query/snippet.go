package query

import (
	"html"
	"strings"
	"unicode/utf8"
)

// maxSnippet is the longest snippet in runes; about one summary sentence.
const maxSnippet = 160

// snippet fills h.Snippet, h.SnippetHTML, h.Section and h.Marks from the
// sentence of the paper's summary that matches the most distinct query terms.
// Matches are found by analyzing the stored text with the index's analyzer, so
// a mark covers the surface of the matched term: the stem without a particle
// the analyzer split off ("모델" in "모델을"), and the original bytes of NFD or
// full-width text.
func (s *searcher) snippet(h *Hit) {
	want := map[string]bool{}
	for i, t := range s.text.terms {
		want[t] = true
		// Search matches "확산 모델" in "확산모델" (see addCompounds), so the
		// snippet marks the joined form too.
		if i+1 < len(s.text.terms) && isHangul(t) && isHangul(s.text.terms[i+1]) {
			want[t+s.text.terms[i+1]] = true
		}
	}

	best := -1
	var text, label string
	var marks [][2]int
	for _, sec := range h.Paper.Sections {
		for _, sent := range sentences(sec.Text) {
			m, distinct := s.matches(sent, want)
			if distinct > best {
				best, text, label, marks = distinct, sent, sec.Label, m
			}
		}
	}
	if best < 0 {
		return
	}
	text, marks = clip(text, marks)
	h.Snippet, h.Section, h.Marks = text, label, marks
	h.SnippetHTML = markHTML(text, marks)
}

func (s *searcher) matches(text string, want map[string]bool) ([][2]int, int) {
	var marks [][2]int
	seen := map[string]bool{}
	toks := s.analyzer.Analyze([]byte(text))
	for i, tok := range toks {
		t := string(tok.Term)
		start, end := tok.Start, tok.End
		if head := compoundHead(text[tok.Start:tok.End], t, want); head != "" {
			// The query matched the right-hand part of a compound ("비키니" in
			// "사이즈비키니"): mark that part only.
			t, start = head, tok.End-len(head)
		} else if !want[t] {
			// A query compound written apart in the text ("확산모델" in "확산
			// 모델을") matches two adjacent tokens.
			if i+1 >= len(toks) || !want[t+string(toks[i+1].Term)] {
				continue
			}
			t, end = t+string(toks[i+1].Term), toks[i+1].End
		}
		seen[t] = true
		if n := len(marks); n > 0 && start <= marks[n-1][1] {
			// Tokens of one word's parts overlap the whole word, and touching
			// tokens ("10" and "배" of "10배") read as one match: keep one mark.
			marks[n-1][1] = max(marks[n-1][1], end)
			continue
		}
		marks = append(marks, [2]int{start, end})
	}
	return marks, len(seen)
}

// compoundHead returns the query term that a Hangul token ends with when the
// token itself is not a query term, provided the token's surface ends with the
// term's bytes (it does for NFC text, the common case), or "".
func compoundHead(surface, term string, want map[string]bool) string {
	if want[term] || !isHangul(term) {
		return ""
	}
	for w := range want {
		if len(w) < len(term) && isHangul(w) && strings.HasSuffix(term, w) && strings.HasSuffix(surface, w) {
			return w
		}
	}
	return ""
}

// sentences splits a summary section at sentence ends and line breaks.
func sentences(text string) []string {
	var out []string
	start := 0
	for i := 0; i < len(text); i++ {
		end := -1
		switch {
		case text[i] == '\n':
			end = i
		case text[i] == '.' && (i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n'):
			end = i + 1
		}
		if end < 0 {
			continue
		}
		if s := strings.TrimSpace(text[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	if s := strings.TrimSpace(text[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// clip shortens text to about maxSnippet runes around its first mark, on rune
// boundaries, and shifts the marks.
func clip(text string, marks [][2]int) (string, [][2]int) {
	if utf8.RuneCountInString(text) <= maxSnippet {
		return text, marks
	}
	from := 0
	if len(marks) > 0 {
		// Start a little before the first match so it reads in context.
		from = marks[0][0]
		for n := 0; from > 0 && n < 30; n++ {
			_, size := utf8.DecodeLastRuneInString(text[:from])
			from -= size
		}
	}
	to := from
	for n := 0; to < len(text) && n < maxSnippet; n++ {
		_, size := utf8.DecodeRuneInString(text[to:])
		to += size
	}
	var kept [][2]int
	for _, m := range marks {
		if m[0] >= from && m[1] <= to {
			kept = append(kept, [2]int{m[0] - from, m[1] - from})
		}
	}
	out := text[from:to]
	if from > 0 {
		out = "…" + out
		for i := range kept {
			kept[i][0] += len("…")
			kept[i][1] += len("…")
		}
	}
	if to < len(text) {
		out += "…"
	}
	return out, kept
}

// markHTML escapes text and wraps each mark in <mark>.
func markHTML(text string, marks [][2]int) string {
	var b strings.Builder
	last := 0
	for _, m := range marks {
		b.WriteString(html.EscapeString(text[last:m[0]]))
		b.WriteString("<mark>")
		b.WriteString(html.EscapeString(text[m[0]:m[1]]))
		b.WriteString("</mark>")
		last = m[1]
	}
	b.WriteString(html.EscapeString(text[last:]))
	return b.String()
}
