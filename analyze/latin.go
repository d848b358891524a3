package analyze

import (
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// piece is a byte range of a Latin-or-digit word between joiners or at a
// letter-to-digit change. Pieces with the same group lie between the same
// two joiners: in Open-MAGVIT2 the pieces open, magvit and 2 form the groups
// open and magvit2.
type piece struct {
	start, end int
	group      int
	digit      bool // the piece contains a digit
}

// scanWord returns the end of the word of letters, digits and inner joiners
// that starts at i, and records its pieces in s.pieces.
func (s *scanner) scanWord(i int) int {
	s.pieces = s.pieces[:0]
	cur := piece{start: i}
	prev := classSeparator
	for i < len(s.input) {
		r, size := utf8.DecodeRune(s.input[i:])
		c := classify(r)
		switch {
		case c == classJoiner || c == classApostrophe:
			if !s.wordFollows(i + size) {
				return s.closeWord(cur, i)
			}
			if c == classJoiner {
				cur.end = i
				s.pieces = append(s.pieces, cur)
				cur = piece{start: i + size, group: cur.group + 1}
			}
		case c == classDigit:
			if prev == classLetter {
				// LLaMA3 is findable as llama and 3; 4o and 3D stay whole.
				cur.end = i
				s.pieces = append(s.pieces, cur)
				cur = piece{start: i, group: cur.group}
			}
			cur.digit = true
		case c == classLetter, c == classMark, c == classIgnorable:
		default:
			return s.closeWord(cur, i)
		}
		if c != classMark && c != classIgnorable {
			prev = c
		}
		i += size
	}
	return s.closeWord(cur, i)
}

func (s *scanner) closeWord(cur piece, end int) int {
	cur.end = end
	s.pieces = append(s.pieces, cur)
	return end
}

// wordFollows reports whether a letter or digit starts at i.
func (s *scanner) wordFollows(i int) bool {
	if i >= len(s.input) {
		return false
	}
	r, _ := utf8.DecodeRune(s.input[i:])
	c := classify(r)
	return c == classLetter || c == classDigit
}

// emitWord emits the whole word at the next position and, when it has more
// than one piece, each piece at its own position starting there, plus each
// multi-piece group at the position of its first piece.
func (s *scanner) emitWord(start, end int) {
	pieces := s.pieces
	whole := s.appendNormalized(s.input[start:end])
	if len(whole) == 0 {
		return
	}
	hasDigit := false
	for _, p := range pieces {
		hasDigit = hasDigit || p.digit
	}
	if len(pieces) == 1 {
		s.emitTerm(start, end, whole, hasDigit)
		return
	}

	first := s.position + 1
	s.appendToken(start, end, whole, first, true)
	groups := pieces[len(pieces)-1].group + 1
	for k, p := range pieces {
		if groups > 1 && (k == 0 || pieces[k-1].group != p.group) {
			s.emitGroup(k, first+k)
		}
		term := s.appendNormalized(s.input[p.start:p.end])
		if len(term) > 0 {
			s.appendToken(p.start, p.end, term, first+k, p.digit)
		}
	}
	s.position = first + len(pieces) - 1
}

// emitGroup emits the group that starts at piece k when it has more than one
// piece, such as magvit2 in Open-MAGVIT2.
func (s *scanner) emitGroup(k, position int) {
	pieces := s.pieces
	last := k
	for last+1 < len(pieces) && pieces[last+1].group == pieces[k].group {
		last++
	}
	if last == k {
		return
	}
	digit := false
	for _, p := range pieces[k : last+1] {
		digit = digit || p.digit
	}
	start, end := pieces[k].start, pieces[last].end
	term := s.appendNormalized(s.input[start:end])
	if len(term) > 0 {
		s.appendToken(start, end, term, position, digit)
	}
}

// appendNormalized stores the NFKC, case-folded form of raw in the arena and
// returns it. Format characters are dropped. ASCII takes a fast path that
// only lowers case.
func (s *scanner) appendNormalized(raw []byte) []byte {
	start := len(s.arena)
	ascii := true
	for _, b := range raw {
		if b >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for _, b := range raw {
			if b >= 'A' && b <= 'Z' {
				b += 'a' - 'A'
			}
			s.arena = append(s.arena, b)
		}
		return s.arena[start:len(s.arena):len(s.arena)]
	}

	clean := make([]byte, 0, len(raw))
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		i += size
		if r == utf8.RuneError && size <= 1 {
			continue
		}
		if classify(r) == classIgnorable {
			continue
		}
		clean = utf8.AppendRune(clean, r)
	}
	folded := cases.Fold().Bytes(norm.NFKC.Bytes(clean))
	return s.appendTerm(folded)
}
