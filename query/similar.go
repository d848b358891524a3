package query

import (
	"context"
	"fmt"
	"math"
	"sort"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/papers-search/papers/index"
)

// similarTerms is the number of distinctive terms of a paper that Similar
// searches for.
const similarTerms = 25

// Similar returns the papers most like the paper with the given id: a search
// for its most distinctive title and summary terms (highest tf-idf), ranked with
// votes blended as in Search, without the paper itself.
func Similar(ctx context.Context, ix *index.Index, id string, limit int) (*Result, error) {
	p, err := ix.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	s, err := newSearcher(ctx, ix)
	if err != nil {
		return nil, err
	}
	defer s.close()

	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	tf := map[string]float64{}
	for _, tok := range s.analyzer.Analyze([]byte(p.DisplayTitle)) {
		tf[string(tok.Term)] += 2
	}
	for _, tok := range s.analyzer.Analyze([]byte(p.SummaryText())) {
		tf[string(tok.Term)]++
	}
	type weighted struct {
		term   string
		weight float64
	}
	var terms []weighted
	for t, f := range tf {
		df := s.text.docFreq(t)
		if df < 2 {
			continue // only this paper uses it: it cannot find another
		}
		terms = append(terms, weighted{t, (1 + math.Log(f)) * math.Log(float64(n)/float64(df))})
	}
	sort.Slice(terms, func(i, j int) bool {
		if terms[i].weight != terms[j].weight {
			return terms[i].weight > terms[j].weight
		}
		return terms[i].term < terms[j].term
	})
	if len(terms) > similarTerms {
		terms = terms[:similarTerms]
	}
	if len(terms) == 0 {
		return &Result{Query: "similar:" + id, Hits: []Hit{}}, nil
	}

	var clauses []bq.Query
	for _, t := range terms {
		s.text.terms = append(s.text.terms, t.term)
		clauses = append(clauses, s.text.termQueries(defaultFields[:2], t.term, t.weight)...)
	}
	self := bq.NewDocIDQuery([]string{p.ID})
	q := bq.NewBooleanQuery(nil, clauses, []bq.Query{self})
	res, err := s.search(ctx, Request{Query: "similar:" + id, Clause: q, Limit: limit})
	if err != nil {
		return nil, fmt.Errorf("find papers similar to %s: %w", id, err)
	}
	return res, nil
}
