package index

import "strings"

// pairTally gathers the occurrences of one Korean side with one English side,
// or with one acronym when no expansion is known.
type pairTally struct {
	korean, english, acronym tally
	otherKey                 string
}

// aggregatePairs links acronyms to their expansions, counts each pair and its
// sides by papers, scores the pairs and drops the noise.
func aggregatePairs(occs []glossaryOcc, terms func(string) []string) []GlossaryPair {
	expansions, acronyms := linkAcronyms(occs, terms)

	pairs := map[string]*pairTally{}
	koreanPapers := map[string]map[int]bool{}
	otherPapers := map[string]map[int]bool{}
	for _, o := range occs {
		acr := glossarySpan{}
		if o.acronym != "" {
			acr = acronymSpan(o.acronym, terms)
		}
		if o.english.key == "" && acr.key != "" {
			if e, ok := expansions[acr.key]; ok {
				o.english = e
			}
		}
		otherKey := "e:" + o.english.key
		if o.english.key == "" {
			otherKey = "a:" + acr.key
		}
		key := o.korean.key + "\x00" + otherKey
		p := pairs[key]
		if p == nil {
			p = &pairTally{otherKey: otherKey}
			pairs[key] = p
		}
		p.korean.add(o.paper, o.korean)
		if o.english.key != "" {
			p.english.add(o.paper, o.english)
		}
		if acr.key != "" {
			p.acronym.add(o.paper, acr)
		}
		addPaper(koreanPapers, o.korean.key, o.paper)
		addPaper(otherPapers, otherKey, o.paper)
	}

	var out []GlossaryPair
	for _, key := range sortedKeys(pairs) {
		p := pairs[key]
		pair := GlossaryPair{
			Korean:      p.korean.surface(),
			KoreanTerms: p.korean.span.terms,
			Count:       p.korean.count(),
		}
		if p.english.papers != nil {
			pair.English, pair.EnglishTerms = p.english.surface(), p.english.span.terms
		}
		switch {
		case p.acronym.papers != nil:
			pair.Acronym = p.acronym.surface()
		case pair.English != "":
			pair.Acronym = acronyms[p.english.span.key]
		}
		if pair.Acronym != "" {
			pair.AcronymTerms = terms(pair.Acronym)
		}
		sides := len(koreanPapers[p.korean.span.key]) + len(otherPapers[p.otherKey])
		pair.Score = 2 * float64(pair.Count) / float64(sides)
		out = append(out, pair)
	}
	return out
}

// keepPair applies the count, score and common-term filters. An acronym
// vouches for a pair whose score is low because one side has other glosses
// too, as `LLM` has both `대형 언어 모델` and `대규모 언어 모델`, or whose side is
// a common term.
func keepPair(p *GlossaryPair, common map[string]bool) bool {
	if p.Count < minPairPapers || len(p.KoreanTerms) == 0 {
		return false
	}
	if len(p.EnglishTerms) == 0 && len(p.AcronymTerms) == 0 {
		return false
	}
	if isCommon(p.KoreanTerms, common) {
		return false
	}
	if p.Acronym != "" {
		return true
	}
	return !isCommon(p.EnglishTerms, common) && p.Score >= minPairScore
}

// dropTruncations removes a pair whose Korean side is a proper suffix of the
// Korean side of another pair with the same English side, such as `생성` next
// to `검색 증강 생성` for "Retrieval-Augmented Generation". The shorter span
// comes from spellings too rare to grow past their last word.
func dropTruncations(pairs []GlossaryPair) []GlossaryPair {
	longer := map[string]bool{} // other side + "\x00" + proper Korean suffix
	for _, p := range pairs {
		other := otherSideKey(&p)
		for i := 1; i < len(p.KoreanTerms); i++ {
			longer[other+"\x00"+strings.Join(phraseTerms(p.KoreanTerms[i:]), " ")] = true
		}
	}
	out := pairs[:0]
	for _, p := range pairs {
		if !longer[otherSideKey(&p)+"\x00"+strings.Join(p.KoreanTerms, " ")] {
			out = append(out, p)
		}
	}
	return out
}

func otherSideKey(p *GlossaryPair) string {
	if len(p.EnglishTerms) > 0 {
		return "e:" + strings.Join(phraseTerms(p.EnglishTerms), " ")
	}
	return "a:" + strings.Join(phraseTerms(p.AcronymTerms), " ")
}

func isCommon(terms []string, common map[string]bool) bool {
	return len(terms) == 1 && common[terms[0]]
}

// linkAcronyms returns the most frequent expansion of each acronym and the
// most frequent acronym of each expansion, keyed by analyzed terms, from the
// parentheses that gave both.
func linkAcronyms(occs []glossaryOcc, terms func(string) []string) (
	map[string]glossarySpan, map[string]string) {
	byAcronym := map[string]map[string]*tally{}
	byExpansion := map[string]map[string]*tally{}
	for _, o := range occs {
		if o.acronym == "" || o.english.key == "" {
			continue
		}
		acr := acronymSpan(o.acronym, terms)
		addTally(byAcronym, acr.key, o.english.key, o.paper, o.english)
		addTally(byExpansion, o.english.key, acr.key, o.paper, acr)
	}

	expansions := map[string]glossarySpan{}
	for acr, tallies := range byAcronym {
		best := maxTally(tallies)
		expansions[acr] = glossarySpan{surface: best.surface(), terms: best.span.terms,
			key: best.span.key}
	}
	acronyms := map[string]string{}
	for exp, tallies := range byExpansion {
		acronyms[exp] = maxTally(tallies).surface()
	}
	return expansions, acronyms
}

func addTally(m map[string]map[string]*tally, outer, inner string, paper int, s glossarySpan) {
	if m[outer] == nil {
		m[outer] = map[string]*tally{}
	}
	t := m[outer][inner]
	if t == nil {
		t = &tally{}
		m[outer][inner] = t
	}
	t.add(paper, s)
}

func addPaper(m map[string]map[int]bool, key string, paper int) {
	if m[key] == nil {
		m[key] = map[int]bool{}
	}
	m[key][paper] = true
}

// maxTally returns the tally with the max paper count, the first key in byte
// order on a tie.
func maxTally(tallies map[string]*tally) *tally {
	var best *tally
	for _, k := range sortedKeys(tallies) {
		if best == nil || tallies[k].count() > best.count() {
			best = tallies[k]
		}
	}
	return best
}
