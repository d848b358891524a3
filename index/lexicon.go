package index

import (
	"math"
	"sort"
	"unicode"
	"unicode/utf8"
)

// Translation is a term of the other language that papers use together with a
// term, with the strength of the association.
type Translation struct {
	Term string `json:"term"`
	// Score is the Ochiai coefficient both / √(papers with the term × papers
	// with the translation), from 0 to 1, counted as described at mineLexicon.
	// Unlike the Dice coefficient it does not punish a rare Korean word whose
	// English title word also appears in other papers.
	Score float64 `json:"score"`
}

// Mining limits of the lexicon, chosen on the real digests: pairs seen in one
// paper are mostly chance, and more than two translations per term mostly add
// topic words rather than translations. Common words are kept (모델 and model)
// because readers' sentences are full of them and titles are what they describe.
const (
	lexiconMinPapers       = 2   // papers a pair must share
	lexiconMinScore        = 0.2 // least Ochiai coefficient kept
	lexiconMaxTranslations = 2   // translations kept per term
	lexiconMaxShare        = 0.5 // terms in more papers than this share carry no information
)

// mineLexicon pairs Hangul terms of the summaries with Latin terms of the
// titles that occur in the same papers. Every paper has an English title and a
// Korean summary of the same content, so a Korean word and an English title
// word that keep appearing together are most often translations
// ("투명성" and "transpar", "배심원" and "juri"). The map holds both
// directions: a Hangul term maps to title terms and a title term to Hangul terms.
func mineLexicon(papers []Paper, terms func(string) []string) map[string][]Translation {
	ids := map[string]int{}
	var names []string
	id := func(t string) int {
		if i, ok := ids[t]; ok {
			return i
		}
		ids[t] = len(names)
		names = append(names, t)
		return len(names) - 1
	}
	dfK, dfE := map[int]int{}, map[int]int{}
	both := map[[2]int]int{}
	for i := range papers {
		ks := termSet(terms(papers[i].SummaryText()), isHangulTerm, id)
		es := termSet(terms(papers[i].DisplayTitle), isLatinTerm, id)
		for _, k := range ks {
			dfK[k]++
		}
		for _, e := range es {
			dfE[e]++
			for _, k := range ks {
				both[[2]int{k, e}]++
			}
		}
	}

	maxDF := int(lexiconMaxShare * float64(len(papers)))
	cands := map[int][]Translation{}
	for pair, c := range both {
		k, e := pair[0], pair[1]
		if c < lexiconMinPapers || dfK[k] > maxDF || dfE[e] > maxDF {
			continue
		}
		score := float64(c) / math.Sqrt(float64(dfK[k])*float64(dfE[e]))
		if score < lexiconMinScore {
			continue
		}
		cands[k] = append(cands[k], Translation{Term: names[e], Score: score})
		cands[e] = append(cands[e], Translation{Term: names[k], Score: score})
	}
	out := make(map[string][]Translation, len(cands))
	for t, ts := range cands {
		sort.Slice(ts, func(i, j int) bool {
			if ts[i].Score != ts[j].Score {
				return ts[i].Score > ts[j].Score
			}
			return ts[i].Term < ts[j].Term
		})
		if len(ts) > lexiconMaxTranslations {
			ts = ts[:lexiconMaxTranslations]
		}
		out[names[t]] = ts
	}
	return out
}

func termSet(terms []string, keep func(string) bool, id func(string) int) []int {
	seen := map[int]bool{}
	var out []int
	for _, t := range terms {
		if !keep(t) {
			continue
		}
		if i := id(t); !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

func isHangulTerm(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.Is(unicode.Hangul, r)
}

func isLatinTerm(t string) bool {
	if len(t) < 3 {
		return false
	}
	for _, r := range t {
		if !(r >= 'a' && r <= 'z' || r == '-') {
			return false
		}
	}
	return true
}

// Translate returns the other-language terms that papers use with term, best
// first, or nil.
func (g *Glossary) Translate(term string) []Translation {
	return g.translations[term]
}
