package query

import (
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/papers-search/papers/index"
)

// translationWeight scales a glossary translation against the words the user
// typed, so that a paper using the user's own words ranks a little higher.
const translationWeight = 0.8

// partsWeight scales a match on the right-hand part of a Hangul compound
// (비키니 in 사이즈비키니), which is weaker evidence than a whole word: parts
// also make accidental words (연어 in 자연어).
const partsWeight = 0.3

// minCompoundPart is the shortest part, in syllables, that a Korean compound is
// split into. Single syllables are too ambiguous to stand for a word.
const minCompoundPart = 2

// addCompounds lets Korean compounds match with or without spaces. Two adjacent
// Hangul query terms also match the term they form together ("확산 모델" finds
// "확산모델"), and a Hangul term also matches two adjacent terms it splits into
// ("확산모델" finds "확산 모델"). Both use the index's own term dictionary, so a
// split happens only into words that papers use, and a term never matches a
// longer word that merely starts with it ("구조" does not find "구조대").
func (b *textBuilder) addCompounds(wf []weightedField, concepts []concept) {
	if b.reader == nil {
		return
	}
	for i := 0; i+1 < len(concepts); i++ {
		a, c := concepts[i].term, concepts[i+1].term
		if !isHangul(a) || !isHangul(c) {
			continue
		}
		if joined := a + c; b.exists(joined) {
			for _, c := range []*concept{&concepts[i], &concepts[i+1]} {
				c.alternatives = append(c.alternatives, b.termQueries(wf, joined, 1)...)
				c.forms = append(c.forms, []string{joined})
			}
		}
	}
	// Parts are searched only for words that no paper writes alone, and only in
	// the default fields: on the query sets of docs/RELEVANCE.md, parts for every word cost
	// precision, because common heads (모델, 학습) then match many compounds.
	useParts := len(wf) > 0 && wf[0] == defaultFields[0]
	for i := range concepts {
		if useParts && isHangul(concepts[i].term) && !b.exists(concepts[i].term) {
			q := bq.NewTermQuery(concepts[i].term)
			q.SetField(index.FieldParts)
			q.SetBoost(partsWeight)
			concepts[i].alternatives = append(concepts[i].alternatives, q)
		}
		if parts := b.split(concepts[i].term); parts != nil {
			concepts[i].alternatives = append(concepts[i].alternatives, b.phraseQueries(wf, parts, 1)...)
			concepts[i].forms = append(concepts[i].forms, parts)
		}
	}
}

// split returns the two parts of a Hangul compound that papers write apart,
// choosing the split whose rarer part is most common, or nil when there is none.
func (b *textBuilder) split(term string) []string {
	if !isHangul(term) {
		return nil
	}
	runes := []rune(term)
	var best []string
	var bestFreq uint64
	for i := minCompoundPart; i <= len(runes)-minCompoundPart; i++ {
		left, right := string(runes[:i]), string(runes[i:])
		if !isHangul(right) {
			continue
		}
		freq := min(b.docFreq(left), b.docFreq(right))
		if freq > bestFreq {
			best, bestFreq = []string{left, right}, freq
		}
	}
	return best
}

// lexiconWeight scales a mined single-term translation. Its score (an Ochiai
// coefficient, at most 1) already discounts weak associations, so the weight
// stays at 1. Weights of 0.7 and 1.5 moved known-item MRR@10 by about 0.03
// either way (docs/RELEVANCE.md).
const lexiconWeight = 1.0

// addLexicon adds each term's mined translations ("투명성" also matches
// "transparent" in English titles) to its concept, weighted by their strength.
func (b *textBuilder) addLexicon(wf []weightedField, concepts []concept) {
	if b.glossary == nil {
		return
	}
	for i := range concepts {
		for _, tr := range b.glossary.Translate(concepts[i].term) {
			qs := b.termQueries(wf, tr.Term, lexiconWeight*tr.Score)
			concepts[i].alternatives = append(concepts[i].alternatives, qs...)
			concepts[i].forms = append(concepts[i].forms, []string{tr.Term})
		}
	}
}

// addTranslations adds the glossary's other-language forms of each query span
// ("diffusion transformer" also matches "확산 변환기") to the concepts it covers.
// A compound is looked up by its parts too, so "확산모델" finds the pair of
// "확산 모델".
func (b *textBuilder) addTranslations(wf []weightedField, concepts []concept) {
	if b.glossary == nil {
		return
	}
	var seq []string
	var owner []int // concept of each term of seq
	for i, c := range concepts {
		parts := []string{c.term}
		if split := b.split(c.term); split != nil {
			parts = split
		}
		for _, p := range parts {
			seq = append(seq, p)
			owner = append(owner, i)
		}
	}
	for _, exp := range b.glossary.Expand(seq) {
		for _, alt := range exp.Alternatives {
			if isShortAcronym(alt) {
				continue
			}
			qs := b.phraseQueries(wf, alt, translationWeight)
			for i := owner[exp.Start]; i <= owner[exp.End-1]; i++ {
				concepts[i].alternatives = append(concepts[i].alternatives, qs...)
				concepts[i].forms = append(concepts[i].forms, alt)
			}
			b.terms = append(b.terms, alt...)
		}
	}
}

// isShortAcronym reports whether alt is one Latin term of one or two letters,
// such as "dm" or "sd". Such acronyms stand for many things ("DM" is diffusion
// model in one paper and distilling multimodal in another), so they are not
// used as translations.
func isShortAcronym(alt []string) bool {
	return len(alt) == 1 && len(alt[0]) <= 2 && !isHangul(alt[0])
}
