package index

import "strings"

// maxAlternatives is the maximum number of alternatives Expand returns per
// span, taken from the pairs with the highest Count.
// NOTE: four is a guess; it has not been measured against ranked queries.
const maxAlternatives = 4

// Expansion is a run of query terms that equals one side of a glossary pair,
// with the other sides to search as well.
type Expansion struct {
	// Start and End delimit the run as indexes into the query terms, End
	// exclusive.
	Start, End int
	// Alternatives are the term sequences of the other sides, most frequent
	// pair first. Hyphenated terms the analyzer also split into parts are
	// left out, so each sequence can be searched as a phrase.
	Alternatives [][]string
	// Weight is the Score of the best pair behind the span, in (0, 1]: a
	// query can scale the boost of the alternatives by it.
	Weight float64
}

// Expand finds runs of the analyzed query terms that equal the Korean, English
// or acronym side of a pair, and returns for each run the other sides. Runs do
// not overlap: scanning left to right, the longest run starting at a term wins,
// so "diffusion transformer" expands as one run and not as "transformer" alone.
func (g *Glossary) Expand(terms []string) []Expansion {
	ph := splitCompounds(terms)
	var out []Expansion
	for i := 0; i < len(ph.kept); {
		n, exp := g.expandAt(ph, i)
		if n == 0 {
			i++
			continue
		}
		exp.Start = ph.start[i]
		exp.End = ph.pos[i+n-1] + 1
		out = append(out, exp)
		i += n
	}
	return out
}

// expandAt returns the length of the longest run at ph.kept[i] that is a side
// with at least one alternative, and its expansion; 0 when there is none. A run
// never takes part of a compound, so `PT-DiT` does not expand as `DiT`.
func (g *Glossary) expandAt(ph phrase, i int) (int, Expansion) {
	if i > 0 && ph.joined[i-1] {
		return 0, Expansion{}
	}
	for n := min(g.maxSpan, len(ph.kept)-i); n > 0; n-- {
		if ph.joined[i+n-1] {
			continue
		}
		key := strings.Join(ph.kept[i:i+n], " ")
		idxs := g.bySide[key]
		if len(idxs) == 0 {
			continue
		}
		exp := Expansion{}
		seen := map[string]bool{key: true}
		for _, p := range idxs {
			pair := &g.pairs[p]
			exp.Weight = max(exp.Weight, pair.Score)
			for _, side := range pair.sides() {
				phrase := phraseTerms(side)
				k := strings.Join(phrase, " ")
				if seen[k] || len(exp.Alternatives) == maxAlternatives {
					continue
				}
				seen[k] = true
				exp.Alternatives = append(exp.Alternatives, phrase)
			}
		}
		if len(exp.Alternatives) > 0 {
			return n, exp
		}
	}
	return 0, Expansion{}
}
