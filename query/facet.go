package query

import (
	"fmt"
	"math"
	"sort"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"

	"github.com/papers-search/papers/index"
)

// Facet names of a Request.
const (
	FacetAuthor  = "author"  // top authors
	FacetMonth   = "month"   // papers per digest month, the newest FacetSize months
	FacetVotes   = "votes"   // vote bands 0, 1-9, 10-49, 50-99, 100+, and unknown
	FacetSection = "section" // section labels
)

// Facet is one facet's entries, largest count first (months newest first).
type Facet []FacetCount

// FacetCount is one entry of a facet.
type FacetCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

var voteBands = []struct {
	name     string
	min, max float64 // min inclusive, max exclusive
}{
	{"0", 0, 1},
	{"1-9", 1, 10},
	{"10-49", 10, 50},
	{"50-99", 50, 100},
	{"100+", 100, math.Inf(1)},
}

func addFacets(sreq *bleve.SearchRequest, req Request) error {
	for _, name := range req.Facets {
		switch name {
		case FacetAuthor:
			sreq.AddFacet(name, bleve.NewFacetRequest(index.FieldAuthor, req.FacetSize))
		case FacetMonth:
			// Months are few (one per digest month), so ask for all of them and
			// order them by date afterwards.
			sreq.AddFacet(name, bleve.NewFacetRequest(index.FieldMonth, 1000))
		case FacetSection:
			sreq.AddFacet(name, bleve.NewFacetRequest(index.FieldLabel, req.FacetSize))
		case FacetVotes:
			f := bleve.NewFacetRequest(index.FieldVotes, len(voteBands))
			for _, b := range voteBands {
				lo := b.min
				if math.IsInf(b.max, 1) {
					f.AddNumericRange(b.name, &lo, nil)
					continue
				}
				hi := b.max
				f.AddNumericRange(b.name, &lo, &hi)
			}
			sreq.AddFacet(name, f)
		default:
			return fmt.Errorf("%w: unknown facet %q: use author, month, votes or section", ErrBadRequest, name)
		}
	}
	return nil
}

func facetsOf(results search.FacetResults, names []string, size int) map[string]Facet {
	if len(names) == 0 {
		return nil
	}
	out := map[string]Facet{}
	for _, name := range names {
		fr := results[name]
		f := Facet{}
		if fr != nil {
			if fr.Terms != nil {
				for _, t := range fr.Terms.Terms() {
					f = append(f, FacetCount{Term: t.Term, Count: t.Count})
				}
			}
			for _, r := range fr.NumericRanges {
				f = append(f, FacetCount{Term: r.Name, Count: r.Count})
			}
			if name == FacetVotes && fr.Missing > 0 {
				// Papers whose digest gave no vote count have no value to band.
				f = append(f, FacetCount{Term: "unknown", Count: fr.Missing})
			}
		}
		switch name {
		case FacetMonth:
			sort.Slice(f, func(i, j int) bool { return f[i].Term > f[j].Term })
			if len(f) > size {
				f = f[:size] // the newest months
			}
		case FacetVotes:
			order := map[string]int{"unknown": len(voteBands)}
			for i, b := range voteBands {
				order[b.name] = i
			}
			sort.Slice(f, func(i, j int) bool { return order[f[i].Term] < order[f[j].Term] })
		}
		out[name] = f
	}
	return out
}
