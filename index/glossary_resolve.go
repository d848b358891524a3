package index

import (
	"sort"
	"strings"
)

// Thresholds of the mining, tuned on the 5,487 papers of the 2023-11 to
// 2025-05 digests, where they keep about 900 pairs.
const (
	// minPairPapers is the number of papers a pair must occur in: pairs seen
	// once are mostly one-off paraphrases.
	minPairPapers = 2
	// growShare is the share of the shorter span's papers a longer span
	// needs to be chosen: `확산 모델(diffusion models)` keeps `확산 모델`
	// over `모델`, and `잠재 확산 모델` only when that is a usual form. At
	// 0.25, the three spellings of "Retrieval-Augmented Generation" (6, 4
	// and 2 papers) each fell short and left only `생성`.
	growShare = 0.15
	// minPairScore is the Dice score a pair without an acronym needs. It
	// drops a side that glosses many different terms.
	// NOTE: a pair with an acronym skips this test, so a few loose glosses
	// such as `아키텍처` for "Mixture-of-Experts, MoE" (score 0.08) remain.
	minPairScore = 0.1
	// maxTermShare is the share of papers above which a one-term side is too
	// common to expand a query: `모델` (in about 90% of the papers by
	// substring count) or `데이터` (59%), but not `transformer` (11%) or
	// `환각` (1.3%). An acronym exempts the English side, as for `LLM` (36%).
	maxTermShare = 0.2
)

// glossaryOcc is a parenthesis with both sides resolved.
type glossaryOcc struct {
	paper   int
	korean  glossarySpan
	english glossarySpan // empty when only an acronym was given
	acronym string
}

// resolveLengths picks for each observation the longest span before the
// parenthesis that still occurs in growShare of the papers of the next shorter
// one, counting among the observations with the same fixed side.
func resolveLengths(obs []glossaryObs) []glossaryOcc {
	// An expansion seen with an acronym elsewhere joins the acronym's group.
	groupOf := map[string]string{}
	for _, o := range obs {
		if o.korean && o.acronym != "" && o.fixed.surface != o.acronym {
			groupOf["e:"+o.fixed.key] = o.group
		}
	}
	for i := range obs {
		if g, ok := groupOf[obs[i].group]; ok {
			obs[i].group = g
		}
	}

	papers := map[string]map[string]map[int]bool{}
	for _, o := range obs {
		g := o.group
		if papers[g] == nil {
			papers[g] = map[string]map[int]bool{}
		}
		for _, s := range o.grow {
			if papers[g][s.key] == nil {
				papers[g][s.key] = map[int]bool{}
			}
			papers[g][s.key][o.paper] = true
		}
	}

	occs := make([]glossaryOcc, 0, len(obs))
	for _, o := range obs {
		counts := papers[o.group]
		chosen := o.grow[0]
		for i := 1; i < len(o.grow); i++ {
			n := len(counts[o.grow[i].key])
			if n < minPairPapers || float64(n) < growShare*float64(len(counts[chosen.key])) {
				break
			}
			chosen = o.grow[i]
		}
		occ := glossaryOcc{paper: o.paper, acronym: o.acronym}
		switch {
		case o.korean:
			occ.korean, occ.english = chosen, o.fixed
		case len(chosen.terms) == 1 && isAcronym(chosen.surface):
			occ.korean, occ.acronym = o.fixed, chosen.surface
		default:
			occ.korean, occ.english = o.fixed, chosen
		}
		if occ.english.surface == occ.acronym {
			occ.english = glossarySpan{}
		}
		occs = append(occs, occ)
	}
	return occs
}

// tally counts the papers and the surface forms seen for one key.
type tally struct {
	papers   map[int]bool
	surfaces map[string]int
	span     glossarySpan
}

func (t *tally) add(paper int, s glossarySpan) {
	if t.papers == nil {
		t.papers, t.surfaces, t.span = map[int]bool{}, map[string]int{}, s
	}
	t.papers[paper] = true
	t.surfaces[s.surface]++
}

// surface returns the most frequent surface form, the first in byte order on
// a tie, so mining is deterministic.
func (t *tally) surface() string {
	best, bestN := "", 0
	for s, n := range t.surfaces {
		if n > bestN || n == bestN && s < best {
			best, bestN = s, n
		}
	}
	return best
}

func (t *tally) count() int { return len(t.papers) }

// acronymSpan makes a span for an acronym, so it can stand for the English
// side when the expansion is unknown.
func acronymSpan(acronym string, terms func(string) []string) glossarySpan {
	t := terms(acronym)
	return glossarySpan{surface: acronym, terms: t, key: strings.Join(phraseTerms(t), " ")}
}

// sortedKeys returns the keys of m in byte order, so ties resolve the same way
// on every run.
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
