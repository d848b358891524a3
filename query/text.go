package query

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/papers-search/papers/index"
)

// Field weights of the default text fields. A title states the paper's topic in
// a few words, so one title match counts as much as several summary matches.
var defaultFields = []weightedField{
	{index.FieldTitle, 2.0},
	{index.FieldSummary, 1.0},
	{index.FieldAuthors, 1.0},
}

type weightedField struct {
	name  string
	boost float64
}

// textBuilder turns plain words and phrases into scored bleve queries. It
// analyzes them with the index's analyzer, joins and splits Korean compounds
// against the index's term dictionary and adds the glossary's translations.
type textBuilder struct {
	ctx      context.Context
	analyzer analysis.Analyzer
	reader   bleveindex.IndexReader // nil disables compound handling
	glossary *index.Glossary        // nil disables cross-language expansion
	terms    []string               // every analyzed query term, for snippets
	concepts []concept              // the concepts the rerank scores; see rerankConcepts
	runs     map[string][]concept   // the concepts of each Words run, by runKey
}

// runKey identifies a run of words in given fields.
func runKey(fields, words []string) string {
	return strings.Join(fields, "\x00") + "\x01" + strings.Join(words, "\x00")
}

// concept is one query word with its alternatives: the term itself, a joined or
// split compound, and glossary translations. A paper matching any alternative
// matches the concept.
type concept struct {
	term         string
	alternatives []bq.Query
	// forms are the term sequences of the alternatives, for reranking: a paper
	// has the concept when it has every term of one form.
	forms [][]string
}

func (b *textBuilder) analyze(text string) []string {
	var terms []string
	seen := map[string]bool{}
	for _, tok := range b.analyzer.Analyze([]byte(text)) {
		t := string(tok.Term)
		if !seen[t] {
			seen[t] = true
			terms = append(terms, t)
		}
	}
	return terms
}

// Words returns a disjunction with one clause per query concept: a paper must
// match minShould of them, and the more it matches the higher it scores
// (bleve's disjunction multiplies the sum by matched/total).
func (b *textBuilder) Words(fields []string, words []string) (bq.Query, error) {
	text := ""
	for i, w := range words {
		if i > 0 {
			text += " "
		}
		text += w
	}
	terms := b.analyze(text)
	if len(terms) == 0 {
		return nil, nil
	}
	b.terms = append(b.terms, terms...)
	wf := b.fields(fields)

	concepts := make([]concept, len(terms))
	for i, t := range terms {
		concepts[i] = concept{term: t, alternatives: b.termQueries(wf, t, 1), forms: [][]string{{t}}}
	}
	b.addCompounds(wf, concepts)
	b.addTranslations(wf, concepts)
	b.addLexicon(wf, concepts)
	if b.runs == nil {
		b.runs = map[string][]concept{}
	}
	b.runs[runKey(fields, words)] = concepts

	clauses := make([]bq.Query, len(concepts))
	for i, c := range concepts {
		clauses[i] = bq.NewDisjunctionQuery(c.alternatives)
	}
	d := bq.NewDisjunctionQuery(clauses)
	d.SetMin(float64(minShould(len(clauses))))
	return d, nil
}

// minShould is how many of n query concepts a paper must match. Queries of up to
// two words are keyword searches and need every word. Longer ones describe a
// paper in a sentence, whose wording rarely matches the summary's word for word.
// Half of their words suffice, and the coordination factor ranks papers that
// match more words first.
func minShould(n int) int {
	if n <= 2 {
		return n
	}
	return (n + 1) / 2
}

// Phrase returns a query for the words of text in order, in any of the fields.
func (b *textBuilder) Phrase(fields []string, text string) (bq.Query, error) {
	slots := b.phraseSlots(text)
	if len(slots) == 0 {
		return nil, nil
	}
	var terms []string
	for _, slot := range slots {
		for _, t := range slot {
			if t != "" {
				terms = append(terms, t)
			}
		}
	}
	b.terms = append(b.terms, terms...)
	wf := b.fields(fields)

	if len(slots) == 1 {
		var alts []bq.Query
		for _, t := range slots[0] {
			alts = append(alts, b.termQueries(wf, t, 1)...)
		}
		return bq.NewDisjunctionQuery(alts), nil
	}

	var alts []bq.Query
	for _, f := range wf {
		p := bq.NewMultiPhraseQuery(slots, f.name)
		p.SetBoost(f.boost)
		alts = append(alts, p)
	}
	// A phrase written with spaces also matches the compound written without them.
	if joined := joinHangul(terms); joined != "" && b.exists(joined) {
		alts = append(alts, b.termQueries(wf, joined, 1)...)
	}
	return bq.NewDisjunctionQuery(alts), nil
}

// phraseSlots analyzes text into one slot per token position, holding the
// terms at that position: a model name and its parts share one ("gpt-4o",
// "gpt"). A position whose word was removed, such as the stop word in "mixture
// of experts", becomes a slot holding "", which bleve's phrase search takes as
// any term.
func (b *textBuilder) phraseSlots(text string) [][]string {
	tokens := b.analyzer.Analyze([]byte(text))
	if len(tokens) == 0 {
		return nil
	}
	first := tokens[0].Position
	var slots [][]string
	for _, tok := range tokens {
		i := tok.Position - first
		for len(slots) <= i {
			slots = append(slots, []string{""})
		}
		if slots[i][0] == "" {
			slots[i] = slots[i][:0]
		}
		slots[i] = append(slots[i], string(tok.Term))
	}
	return slots
}

func (b *textBuilder) fields(names []string) []weightedField {
	if len(names) == 0 {
		return defaultFields
	}
	wf := make([]weightedField, len(names))
	for i, n := range names {
		wf[i] = weightedField{n, 1}
	}
	return wf
}

func (b *textBuilder) termQueries(wf []weightedField, term string, weight float64) []bq.Query {
	qs := make([]bq.Query, len(wf))
	for i, f := range wf {
		q := bq.NewTermQuery(term)
		q.SetField(f.name)
		q.SetBoost(f.boost * weight)
		qs[i] = q
	}
	return qs
}

func (b *textBuilder) phraseQueries(wf []weightedField, terms []string, weight float64) []bq.Query {
	if len(terms) == 1 {
		return b.termQueries(wf, terms[0], weight)
	}
	qs := make([]bq.Query, len(wf))
	for i, f := range wf {
		q := bq.NewPhraseQuery(terms, f.name)
		q.SetBoost(f.boost * weight)
		qs[i] = q
	}
	return qs
}

// exists reports whether term occurs in the title or summary of any paper.
func (b *textBuilder) exists(term string) bool {
	return b.docFreq(term) > 0
}

func (b *textBuilder) docFreq(term string) uint64 {
	if b.reader == nil {
		return 0
	}
	var n uint64
	for _, f := range []string{index.FieldSummary, index.FieldTitle} {
		tfr, err := b.reader.TermFieldReader(b.ctx, []byte(term), f, false, false, false)
		if err != nil {
			continue
		}
		n += tfr.Count()
		_ = tfr.Close()
	}
	return n
}

func isHangul(term string) bool {
	r, _ := utf8.DecodeRuneInString(term)
	return unicode.Is(unicode.Hangul, r)
}

// joinHangul returns the terms written together when all are Hangul, else "".
func joinHangul(terms []string) string {
	joined := ""
	for _, t := range terms {
		if !isHangul(t) {
			return ""
		}
		joined += t
	}
	return joined
}
