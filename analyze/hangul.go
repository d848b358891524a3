package analyze

import "unicode/utf8"

// Unicode constants for composing conjoining jamo into syllables (Unicode
// 15.0, section 3.12).
const (
	syllableBase = 0xAC00
	syllableLast = 0xD7A3
	leadBase     = 0x1100
	vowelBase    = 0x1161
	trailBase    = 0x11A7
	leadCount    = 19
	vowelCount   = 21
	trailCount   = 28
	syllablesPer = vowelCount * trailCount
)

// cluster is one composed Hangul letter and the byte range of the original
// input it came from, which is longer than three bytes for NFD input.
type cluster struct {
	start, end int
	r          rune
}

// scanHangul composes the Hangul run that starts at i into s.clusters and
// returns its end. It does the canonical composition of NFC/NFKC for Hangul
// while keeping each syllable's original byte range.
//
// NOTE: compatibility jamo (ㅋ, ㅏ) are kept as they are, but NFKC would map
// them to conjoining jamo. Words of loose jamo are rare in digests.
func (s *scanner) scanHangul(i int) int {
	s.clusters = s.clusters[:0]
	for i < len(s.input) {
		r, size := utf8.DecodeRune(s.input[i:])
		c := classify(r)
		if c == classMark || c == classIgnorable {
			i += size
			continue
		}
		if c != classHangul {
			break
		}
		if !s.compose(r, i+size) {
			s.clusters = append(s.clusters, cluster{start: i, end: i + size, r: r})
		}
		i += size
	}
	return i
}

// compose merges a vowel or trailing consonant jamo into the last cluster
// when Unicode composition allows it, and reports whether it did.
func (s *scanner) compose(r rune, end int) bool {
	n := len(s.clusters)
	if n == 0 {
		return false
	}
	last := &s.clusters[n-1]
	switch {
	case r >= vowelBase && r < vowelBase+vowelCount &&
		last.r >= leadBase && last.r < leadBase+leadCount:
		last.r = syllableBase + (last.r-leadBase)*syllablesPer + (r-vowelBase)*trailCount
	case r > trailBase && r < trailBase+trailCount &&
		last.r >= syllableBase && last.r <= syllableLast &&
		(last.r-syllableBase)%trailCount == 0:
		last.r += r - trailBase
	default:
		return false
	}
	last.end = end
	return true
}

// emitHangul emits the stem of the composed word in s.clusters. A word glued
// to a Latin word (LLM을, GPT-4o를) is dropped when it is only a particle.
func (s *scanner) emitHangul(afterLatin bool) {
	n := len(s.clusters)
	if n == 0 {
		return
	}

	// Every rune in a Hangul run is in U+1100..U+D7FF, so it encodes to three
	// bytes and syllable k of the word is word[3k:3k+3].
	s.word = s.word[:0]
	for _, c := range s.clusters {
		s.word = utf8.AppendRune(s.word, c.r)
	}
	if afterLatin && isGluedParticle(s.word) {
		return
	}

	stem := stemSyllables(s.word)
	term := s.appendTerm(s.word[:stem*3])
	s.position++
	stemEnd := s.clusters[stem-1].end
	s.appendToken(s.clusters[0].start, stemEnd, term, s.position, true)

	if !s.compounds {
		return
	}
	for k := 1; k+2 <= stem; k++ {
		sub := term[k*3 : stem*3 : stem*3]
		s.appendToken(s.clusters[k].start, stemEnd, sub, s.position, true)
	}
}
