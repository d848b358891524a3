package query

import (
	"math"
	"os"
	"sort"
	"strconv"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/papers-search/papers/index"
)

// The default ranking reranks the first rerankWindow hits of queries with at
// least minRerankConcepts words. bleve scores a disjunction by its sum times the
// share of clauses matched, which lets a paper that repeats two common words
// outrank the one paper that has all the rare words of a described title. The
// rerank multiplies each score by coverage^coverageExponent, where coverage is
// the idf-weighted share of the query's words that the paper has in its title,
// summary or authors (in any form: compound, translation).
const (
	rerankWindow            = 100
	minRerankConcepts       = 3
	coverageExponentDefault = 2.0
)

// rerank reorders hits, whose Fields hold the stored paper, by coverage.
func (s *searcher) rerank(hits []*search.DocumentMatch) {
	concepts := s.text.concepts
	weights := make([]float64, len(concepts))
	n, _ := s.ix.Count()
	for i, c := range concepts {
		df := s.text.docFreq(c.term)
		weights[i] = math.Log(1 + float64(n)/float64(df+1))
	}
	for _, dm := range hits {
		p, err := index.PaperOf(dm.ID, dm.Fields)
		if err != nil {
			continue
		}
		terms := s.termSet(p)
		var have, all float64
		for i, c := range concepts {
			all += weights[i]
			if hasForm(terms, c.forms) {
				have += weights[i]
			}
		}
		if all > 0 {
			dm.Score *= math.Pow(have/all, coverageExponent)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
}

// termSet returns the analyzed terms of a paper's title, summary and authors.
func (s *searcher) termSet(p *index.Paper) map[string]bool {
	set := map[string]bool{}
	for _, text := range []string{p.DisplayTitle, p.SummaryText()} {
		for _, tok := range s.analyzer.Analyze([]byte(text)) {
			set[string(tok.Term)] = true
		}
	}
	for _, a := range p.Authors {
		for _, tok := range s.analyzer.Analyze([]byte(a)) {
			set[string(tok.Term)] = true
		}
	}
	return set
}

func hasForm(terms map[string]bool, forms [][]string) bool {
	for _, f := range forms {
		all := len(f) > 0
		for _, t := range f {
			if !terms[t] {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

var coverageExponent = envFloat("CEXP", coverageExponentDefault)

func envFloat(k string, d float64) float64 {
	if v, err := strconv.ParseFloat(os.Getenv(k), 64); err == nil {
		return v
	}
	return d
}
