package query

import (
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/papers-search/papers/index"
)

// The default ranking reranks the first rerankWindow hits of queries with at
// least minRerankConcepts words. bleve scores a disjunction by its sum times the
// share of clauses matched, which lets a paper that repeats two common words
// outrank the one paper that has all the rare words of a described title. The
// rerank multiplies each score by coverage^coverageExponent, where coverage is
// the idf-weighted share of the query's words that the paper has in its title,
// summary or authors (in any form: compound, translation), and by
// 1 + titleWeight × the share of them in the title, because readers describe a
// paper by its title and topic sets are judged on titles.
const (
	rerankWindow      = 100
	minRerankConcepts = 3
	coverageExponent  = 2.0
	titleWeight       = 2.0
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
		terms, title := s.termSet(p)
		var have, inTitle, all float64
		for i, c := range concepts {
			all += weights[i]
			if hasForm(terms, c.forms) {
				have += weights[i]
			}
			if hasForm(title, c.forms) {
				inTitle += weights[i]
			}
		}
		if all > 0 {
			dm.Score *= math.Pow(have/all, coverageExponent) * (1 + titleWeight*inTitle/all)
		}
	}
	sort.SliceStable(hits, func(i, j int) bool {
		if hits[i].Score != hits[j].Score {
			return hits[i].Score > hits[j].Score
		}
		return hits[i].ID < hits[j].ID
	})
}

// termSet returns the analyzed terms of a paper's title, summary and authors,
// and those of its title alone.
func (s *searcher) termSet(p *index.Paper) (all, title map[string]bool) {
	set := map[string]bool{}
	title = map[string]bool{}
	for _, tok := range s.analyzer.Analyze([]byte(p.DisplayTitle)) {
		set[string(tok.Term)] = true
		title[string(tok.Term)] = true
	}
	for _, tok := range s.analyzer.Analyze([]byte(p.SummaryText())) {
		set[string(tok.Term)] = true
	}
	for _, a := range p.Authors {
		for _, tok := range s.analyzer.Analyze([]byte(a)) {
			set[string(tok.Term)] = true
		}
	}
	return set, title
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
