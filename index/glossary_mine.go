package index

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/papers-search/papers/analyze"
)

// Limits of the parenthesis patterns. A Korean term rarely has more than four
// words and an English one more than six, and a gloss longer than 120 bytes
// is a sentence, not a term.
const (
	maxKoreanWords  = 4
	maxEnglishWords = 6
	maxGlossBytes   = 120
	dfSample        = 1000
)

// glossarySpan is one side of a candidate pair.
type glossarySpan struct {
	surface string
	terms   []string
	key     string // phraseTerms joined by spaces; "" when the analyzer kept none
}

// glossaryObs is one parenthesis that glosses the words before it. The side
// inside the parenthesis is fixed. The side before it has unknown length, so
// grow lists its candidates, shortest first, for resolveLengths to choose.
type glossaryObs struct {
	paper   int
	korean  bool // grow is Korean, fixed is English or only an acronym
	fixed   glossarySpan
	acronym string
	grow    []glossarySpan
	// group is the key of the fixed side that resolveLengths counts by: the
	// acronym when there is one, because `LLM`, `LLMs` and `(Large Language
	// Models, LLMs)` gloss the same Korean term.
	group string
}

// glossaryMiner caches analyzed words, because the same terms recur thousands
// of times across the corpus.
type glossaryMiner struct {
	terms func(string) []string
	cache map[string][]string
}

// MineGlossary finds Korean-English term pairs in the summaries of papers,
// from `한국어(English)`, `한국어(English, ACR)`, `한국어(ACR)` and
// `English(한국어)` patterns, and keeps those seen in at least minPairPapers
// papers.
// NOTE: `English(ACR)` without Korean is not mined, so an acronym only links
// to an expansion that some parenthesis gave next to a Korean term.
func MineGlossary(papers []Paper) *Glossary {
	return mineGlossary(papers, newTermsFunc())
}

// newTermsFunc returns analyze.Terms over one analyzer, which it builds once:
// analyze.Terms builds one per call, which took most of the mining time.
func newTermsFunc() func(string) []string {
	analyzer := analyze.New()
	return func(text string) []string {
		tokens := analyzer.Analyze([]byte(text))
		terms := make([]string, len(tokens))
		for i, t := range tokens {
			terms[i] = string(t.Term)
		}
		return terms
	}
}

func mineGlossary(papers []Paper, terms func(string) []string) *Glossary {
	m := &glossaryMiner{terms: terms, cache: map[string][]string{}}
	var obs []glossaryObs
	for i := range papers {
		for _, s := range papers[i].Sections {
			obs = m.scan(obs, i, s.Text)
		}
	}
	candidates := aggregatePairs(resolveLengths(obs), terms)
	common := m.commonTerms(papers, candidates)
	pairs := candidates[:0]
	for _, p := range candidates {
		if keepPair(&p, common) {
			pairs = append(pairs, p)
		}
	}
	g := newGlossary(dropTruncations(pairs), terms)
	g.translations = mineLexicon(papers, terms)
	return g
}

// commonTerms returns the terms of one-term sides of pairs that occur in more
// than maxTermShare of the papers. It counts on an evenly spaced sample of
// dfSample papers, because a share near 0.2 measured on 1,000 papers is off by
// about 0.013 (one standard error), and analyzing every paper took 70% of the
// mining time.
func (m *glossaryMiner) commonTerms(papers []Paper, pairs []GlossaryPair) map[string]bool {
	df := map[string]int{}
	for _, p := range pairs {
		for _, side := range [][]string{p.KoreanTerms, p.EnglishTerms} {
			if len(side) == 1 {
				df[side[0]] = 0
			}
		}
	}
	seen := map[string]int{} // term -> 1 + index of the last paper counted
	step := max(1, len(papers)/dfSample)
	sampled := 0
	for i := 0; i < len(papers); i += step {
		sampled++
		for _, s := range papers[i].Sections {
			for _, w := range strings.Fields(s.Text) {
				for _, t := range m.analyze(w) {
					if _, ok := df[t]; ok && seen[t] != i+1 {
						seen[t] = i + 1
						df[t]++
					}
				}
			}
		}
	}
	common := map[string]bool{}
	for t, n := range df {
		if float64(n) > maxTermShare*float64(sampled) {
			common[t] = true
		}
	}
	return common
}

// scan appends an observation for each glossing parenthesis of text.
func (m *glossaryMiner) scan(obs []glossaryObs, paper int, text string) []glossaryObs {
	for i := 0; i < len(text); i++ {
		if text[i] != '(' {
			continue
		}
		rest := text[i+1 : min(len(text), i+1+maxGlossBytes)]
		end := strings.IndexAny(rest, "()")
		if end <= 0 || rest[end] != ')' {
			continue
		}
		before := strings.TrimSuffix(text[:i], " ")
		if o, ok := m.observe(before, rest[:end]); ok {
			o.paper = paper
			obs = append(obs, o)
		}
		i += end
	}
	return obs
}

// observe classifies one parenthesis by the script of the word before it and
// of its parts, which are split at commas and semicolons.
func (m *glossaryMiner) observe(before, gloss string) (glossaryObs, bool) {
	last := before[strings.LastIndexByte(before, ' ')+1:]
	var latin, hangul []string
	for _, part := range strings.FieldsFunc(gloss, func(r rune) bool { return r == ',' || r == ';' }) {
		part = strings.Join(strings.Fields(part), " ")
		switch {
		case allWords(part, isLatinWord):
			latin = append(latin, part)
		case allWords(part, isHangulWord):
			hangul = append(hangul, part)
		default:
			return glossaryObs{}, false
		}
	}
	switch {
	case isHangulWord(last) && len(latin) > 0 && len(hangul) == 0:
		return m.observeKorean(before, latin)
	case isLatinWord(last) && len(hangul) == 1 && len(latin) <= 1:
		return m.observeEnglish(before, hangul[0], latin)
	}
	return glossaryObs{}, false
}

// observeKorean handles `한국어(English)`, `한국어(English, ACR)` and `한국어(ACR)`.
func (m *glossaryMiner) observeKorean(before string, latin []string) (glossaryObs, bool) {
	o := glossaryObs{korean: true}
	expansion := ""
	for _, part := range latin {
		switch {
		case isAcronym(part) && o.acronym == "":
			o.acronym = part
		case expansion == "":
			expansion = part
		default:
			return o, false
		}
	}
	if expansion == "" {
		expansion = o.acronym
	}
	o.fixed = m.span(expansion)
	o.group = "e:" + o.fixed.key
	if o.acronym != "" {
		o.group = "a:" + m.span(o.acronym).key
	}
	o.grow = m.grow(before, maxKoreanWords, isHangulWord, true)
	return o, o.fixed.key != "" && len(o.grow) > 0
}

// observeEnglish handles `English(한국어)` and `ACR(한국어)`.
func (m *glossaryMiner) observeEnglish(before, korean string, latin []string) (glossaryObs, bool) {
	o := glossaryObs{fixed: m.span(korean)}
	o.group = "k:" + o.fixed.key
	if len(latin) == 1 && isAcronym(latin[0]) {
		o.acronym = latin[0]
	}
	o.grow = m.grow(before, maxEnglishWords, isLatinWord, false)
	return o, o.fixed.key != "" && len(o.grow) > 0
}

// grow returns the spans made of the last 1..maxWords words of before, as far
// back as the words pass isWord. A Korean span only grows over bare words,
// those the analyzer leaves unchanged: a word that loses a particle or an
// ending (`모델의`, `가능한`) modifies the term instead of being part of it.
// A span whose terms equal the shorter one's (a leading stop word) is skipped.
func (m *glossaryMiner) grow(before string, maxWords int, isWord func(string) bool,
	bare bool) []glossarySpan {
	var spans []glossarySpan
	start := len(before)
	prevKey := ""
	for n := 0; n < maxWords && start > 0; n++ {
		from := strings.LastIndexByte(before[:start], ' ') + 1
		word := before[from:start]
		if !isWord(word) {
			break
		}
		if bare && n > 0 && !m.isBare(word) {
			break
		}
		s := m.span(before[from:])
		if s.key != "" && s.key != prevKey {
			spans = append(spans, s)
			prevKey = s.key
		}
		start = from - 1
	}
	return spans
}

func (m *glossaryMiner) isBare(word string) bool {
	t := m.analyze(word)
	return len(t) == 1 && t[0] == word
}

// span analyzes a phrase word by word, so the cache hits on common words.
func (m *glossaryMiner) span(surface string) glossarySpan {
	var terms []string
	for _, w := range strings.Fields(surface) {
		terms = append(terms, m.analyze(w)...)
	}
	return glossarySpan{surface: surface, terms: terms, key: strings.Join(phraseTerms(terms), " ")}
}

func (m *glossaryMiner) analyze(word string) []string {
	t, ok := m.cache[word]
	if !ok {
		t = m.terms(word)
		m.cache[word] = t
	}
	return t
}

// isAcronym reports whether w is a short form such as "LLM", "LLMs", "DiT" or
// "PT-DiT": one word with at least two capitals, making half its letters.
func isAcronym(w string) bool {
	if !isLatinWord(w) || utf8.RuneCountInString(w) > 12 {
		return false
	}
	upper, letters := 0, 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters++
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return upper >= 2 && 2*upper >= letters
}

// isLatinWord reports whether w is ASCII letters, digits and inner hyphens,
// with at least one letter.
func isLatinWord(w string) bool {
	if w == "" || w[0] == '-' || w[len(w)-1] == '-' {
		return false
	}
	letter := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			letter = true
		case '0' <= c && c <= '9', c == '-':
		default:
			return false
		}
	}
	return letter
}

// isHangulWord reports whether w is made of precomposed Hangul syllables only.
func isHangulWord(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}

func allWords(phrase string, isWord func(string) bool) bool {
	words := strings.Fields(phrase)
	for _, w := range words {
		if !isWord(w) {
			return false
		}
	}
	return len(words) > 0
}
