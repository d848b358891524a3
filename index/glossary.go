package index

import (
	"sort"
	"strings"
)

// GlossaryPair is a Korean term and its English counterpart, mined from the
// `한국어(English)` and `English(한국어)` patterns of the summaries.
type GlossaryPair struct {
	// Korean and English are the surface forms as most often written, such as
	// "확산 변환기" and "Diffusion Transformer". English is empty when the text
	// only gave an acronym.
	Korean  string `json:"korean"`
	English string `json:"english,omitempty"`
	// Acronym is the short form given with the pair, such as "DiT", or empty.
	Acronym string `json:"acronym,omitempty"`
	// Count is the number of papers in which the pair occurs.
	Count int `json:"count"`
	// Score is the Dice coefficient 2·Count / (papers of the Korean side +
	// papers of the English side), over pairs found in parentheses. It is near
	// 1 when each side is almost always translated by the other.
	Score float64 `json:"score"`
	// KoreanTerms, EnglishTerms and AcronymTerms are the analyzed terms of
	// each side.
	KoreanTerms  []string `json:"korean_terms"`
	EnglishTerms []string `json:"english_terms,omitempty"`
	AcronymTerms []string `json:"acronym_terms,omitempty"`
}

// sides returns the analyzed term sequences of the pair's non-empty sides.
func (p *GlossaryPair) sides() [][]string {
	var out [][]string
	for _, s := range [][]string{p.KoreanTerms, p.EnglishTerms, p.AcronymTerms} {
		if len(s) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// Glossary is a set of Korean-English term pairs with lookup maps over their
// analyzed terms. Build one with MineGlossary or read it with Index.Glossary.
type Glossary struct {
	pairs []GlossaryPair
	// bySide maps the phrase key of each side to the pairs having that side.
	bySide map[string][]int
	// byTerm maps each analyzed term of any side to the pairs containing it.
	byTerm map[string][]int
	// maxSpan is the longest side, in phrase terms, so Expand bounds its search.
	maxSpan int
	terms   func(string) []string
	// translations maps single terms to their other-language terms; see
	// mineLexicon.
	translations map[string][]Translation
}

// newGlossary sorts pairs by Count and builds the lookup maps.
func newGlossary(pairs []GlossaryPair, terms func(string) []string) *Glossary {
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].Count != pairs[j].Count {
			return pairs[i].Count > pairs[j].Count
		}
		return pairs[i].Score > pairs[j].Score
	})
	g := &Glossary{
		pairs:  pairs,
		bySide: map[string][]int{},
		byTerm: map[string][]int{},
		terms:  terms,
	}
	for i := range pairs {
		seen := map[string]bool{}
		for _, side := range pairs[i].sides() {
			phrase := phraseTerms(side)
			key := strings.Join(phrase, " ")
			if !seen[key] {
				g.bySide[key] = append(g.bySide[key], i)
				seen[key] = true
			}
			g.maxSpan = max(g.maxSpan, len(phrase))
			for _, t := range side {
				if !seen["\x00"+t] {
					g.byTerm[t] = append(g.byTerm[t], i)
					seen["\x00"+t] = true
				}
			}
		}
	}
	return g
}

// phraseTerms drops a hyphenated term that the analyzer also emitted as parts
// (`gpt-4o` before `gpt`, `4o`), so "retrieval-augmented" and "retrieval
// augmented" compare equal and a phrase of the result matches word by word.
func phraseTerms(terms []string) []string {
	return splitCompounds(terms).kept
}

// phrase is a term sequence with its hyphenated compounds replaced by their
// parts.
type phrase struct {
	kept []string
	// start is, for each kept term, the index in the input of its first
	// term: the compound's own index for the compound's first part.
	start []int
	// pos is, for each kept term, its own index in the input.
	pos []int
	// joined[k] reports that kept[k] and kept[k+1] are parts of one
	// compound, so a span must not end between them.
	joined []bool
}

// splitCompounds takes the parts of a compound to be the terms after it that
// are substrings of it, which holds for the analyzer's English stems
// (`retrieval-augmented`: `retriev`, `augment`).
func splitCompounds(terms []string) phrase {
	ph := phrase{
		kept:   make([]string, 0, len(terms)),
		start:  make([]int, 0, len(terms)),
		pos:    make([]int, 0, len(terms)),
		joined: make([]bool, 0, len(terms)),
	}
	for i := 0; i < len(terms); i++ {
		t := terms[i]
		if i+1 < len(terms) && strings.Contains(t, "-") && t != terms[i+1] &&
			strings.HasPrefix(t, terms[i+1]) {
			j := i + 1
			for ; j < len(terms) && strings.Contains(t, terms[j]); j++ {
				ph.kept = append(ph.kept, terms[j])
				ph.start = append(ph.start, j)
				ph.pos = append(ph.pos, j)
				ph.joined = append(ph.joined, true)
			}
			ph.start[len(ph.start)-(j-i-1)] = i
			ph.joined[len(ph.joined)-1] = false
			i = j - 1
			continue
		}
		ph.kept = append(ph.kept, t)
		ph.start = append(ph.start, i)
		ph.pos = append(ph.pos, i)
		ph.joined = append(ph.joined, false)
	}
	return ph
}

// Len returns the number of pairs.
func (g *Glossary) Len() int { return len(g.pairs) }

// Pairs returns a copy of the pairs, most frequent first.
func (g *Glossary) Pairs() []GlossaryPair {
	return append([]GlossaryPair(nil), g.pairs...)
}

// Lookup returns the pairs, most frequent first, whose Korean, English or
// acronym side contains the analyzed terms of term as a contiguous run. It
// returns nil when term has no terms, such as a stop word.
func (g *Glossary) Lookup(term string) []GlossaryPair {
	want := phraseTerms(g.terms(term))
	if len(want) == 0 {
		return nil
	}
	var out []GlossaryPair
	for _, i := range g.byTerm[want[0]] {
		for _, side := range g.pairs[i].sides() {
			if containsRun(phraseTerms(side), want) {
				out = append(out, g.pairs[i])
				break
			}
		}
	}
	return out
}

// containsRun reports whether want occurs in terms as a contiguous run.
func containsRun(terms, want []string) bool {
	for i := 0; i+len(want) <= len(terms); i++ {
		match := true
		for j := range want {
			if terms[i+j] != want[j] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}
