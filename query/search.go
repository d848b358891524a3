package query

import (
	"context"
	"errors"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/papers-search/papers/index"
)

// Sort orders of a Request.
const (
	SortRelevance = "relevance" // text score blended with votes (the default)
	SortVotes     = "votes"     // most votes first, unknown votes last
	SortDate      = "date"      // newest first
)

// ErrBadRequest is wrapped by errors about a Request's values, as opposed to
// failures of the index.
var ErrBadRequest = errors.New("query: invalid request")

// Request is one search.
type Request struct {
	// Query is the query string; see Parse for the syntax. Empty matches every
	// paper, for filters and facets alone.
	Query string
	// Clause, when set, is used instead of parsing Query: a structured query
	// built by the caller, such as a bleve query from package
	// github.com/blevesearch/bleve/v2/search/query.
	Clause bq.Query
	// Filters narrow the matches without changing scores.
	Filters Filters
	// Sort is SortRelevance (default when empty), SortVotes or SortDate.
	Sort string
	// Limit is the number of hits per page (default 10).
	Limit int
	// Page is the 1-based page number; ignored when After is set.
	Page int
	// After is the cursor of the last hit of the previous page (Result.Next).
	After string
	// Facets names the facets to compute: FacetAuthor, FacetMonth, FacetVotes,
	// FacetSection.
	Facets []string
	// FacetSize is the number of entries per facet (default 10).
	FacetSize int
	// Explain fills each hit's TextScore and VoteFactor.
	Explain bool
}

// Result is one page of hits for a Request, with the total and the facets.
type Result struct {
	// Query is the request's query string.
	Query string `json:"query"`
	// Total is the number of matching papers, of which Hits is one page.
	Total uint64 `json:"total"`
	// Hits are the papers of the requested page, best first.
	Hits []Hit `json:"hits"`
	// Facets maps each requested facet name to its entries.
	Facets map[string]Facet `json:"facets,omitempty"`
	// Next is the cursor for the page after this one, empty on the last page.
	Next string `json:"next,omitempty"`
}

// Hit is one matching paper.
type Hit struct {
	// ID is the arXiv id.
	ID string `json:"id"`
	// Title is the display title, LaTeX made readable.
	Title string `json:"title"`
	// URL is the paper's link.
	URL string `json:"url"`
	// Date is the latest digest day of the paper, as YYYY-MM-DD.
	Date string `json:"date"`
	// Votes is the vote count, nil (JSON null) when the digest gave none.
	Votes *int `json:"votes"`
	// Authors lists the names in digest order; empty, never nil.
	Authors []string `json:"authors"`
	// Score is the final score of the ranking in use, higher first.
	Score float64 `json:"score"`
	// Snippet is about a sentence of the best-matching section, plain text.
	Snippet string `json:"snippet"`
	// SnippetHTML is Snippet with matches in <mark> and the rest HTML-escaped.
	SnippetHTML string `json:"snippet_html"`
	// Section is the label of the section the snippet comes from.
	Section string `json:"section,omitempty"`
	// Marks are byte ranges of matches in Snippet, for terminals.
	Marks [][2]int `json:"-"`
	// TextScore and VoteFactor explain Score under the default ranking; set
	// when Request.Explain is true.
	TextScore  float64 `json:"text_score,omitempty"`
	VoteFactor float64 `json:"vote_factor,omitempty"`
	// Paper is the whole stored paper.
	Paper *index.Paper `json:"-"`
}

// Search runs req against ix.
func Search(ctx context.Context, ix *index.Index, req Request) (*Result, error) {
	s, err := newSearcher(ctx, ix)
	if err != nil {
		return nil, err
	}
	defer s.close()
	return s.search(ctx, req)
}

func (s *searcher) search(ctx context.Context, req Request) (*Result, error) {
	if err := validate(req); err != nil {
		return nil, err
	}
	if req.Limit <= 0 {
		req.Limit = 10
	}
	if req.Page <= 0 {
		req.Page = 1
	}
	if req.FacetSize <= 0 {
		req.FacetSize = 10
	}

	q, err := s.compile(req)
	if err != nil {
		return nil, err
	}
	relevance := req.Sort == "" || req.Sort == SortRelevance
	offset := (req.Page - 1) * req.Limit
	if req.After != "" && relevance {
		if offset, err = decodeOffset(req.After); err != nil {
			return nil, err
		}
		if offset > MaxOffset {
			return nil, fmt.Errorf("%w: cursor %q points past the first %d hits: narrow the query", ErrBadRequest, req.After, MaxOffset)
		}
	}
	rerank := relevance && len(s.text.concepts) >= minRerankConcepts && offset+req.Limit <= rerankWindow
	size, from := req.Limit, offset
	if rerank {
		size, from = rerankWindow, 0
	}
	sreq := bleve.NewSearchRequestOptions(q, size, from, req.Explain)
	sreq.Fields = []string{index.FieldSource}
	if err := setSort(sreq, req, relevance); err != nil {
		return nil, err
	}
	if err := addFacets(sreq, req); err != nil {
		return nil, err
	}

	res, err := s.ix.Bleve().SearchInContext(ctx, sreq)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", req.Query, err)
	}
	page := res.Hits
	if rerank {
		s.rerank(page)
		page = page[min(offset, len(page)):min(offset+req.Limit, len(page))]
	}
	out := &Result{Query: req.Query, Total: res.Total, Hits: make([]Hit, 0, len(page))}
	for _, dm := range page {
		h, err := s.hit(dm, req.Explain && relevance)
		if err != nil {
			return nil, err
		}
		out.Hits = append(out.Hits, h)
	}
	out.Facets = facetsOf(res.Facets, req.Facets, req.FacetSize)
	if len(page) == req.Limit && uint64(offset+len(page)) < res.Total {
		if relevance {
			out.Next = encodeOffset(offset + len(page))
		} else {
			out.Next = encodeAfter(page[len(page)-1])
		}
	}
	return out, nil
}

// rerankConcepts keeps, as the concepts the rerank scores coverage of, only
// the words every hit is meant to have: those of plain word runs that are not
// excluded or one side of an OR.
func (s *searcher) rerankConcepts(n Node) {
	s.text.concepts = nil
	for _, w := range requiredWords(n) {
		s.text.concepts = append(s.text.concepts, s.text.runs[runKey(w.Fields, w.Words)]...)
	}
}

// requiredWords returns the word runs of n outside negations and ORs.
func requiredWords(n Node) []*Words {
	switch n := n.(type) {
	case *Words:
		return []*Words{n}
	case *And:
		var out []*Words
		for _, c := range n.Nodes {
			out = append(out, requiredWords(c)...)
		}
		return out
	}
	return nil
}

// compile builds the bleve query of req: the parsed query string and the
// filters, blended with votes unless another order is requested.
func (s *searcher) compile(req Request) (bq.Query, error) {
	q := req.Clause
	if q == nil {
		node, err := Parse(req.Query)
		if err != nil {
			return nil, err
		}
		q, err = Compile(node, s.text)
		if err != nil {
			return nil, err
		}
		s.rerankConcepts(node)
		if len(s.text.terms) == 0 && hasText(node) && !hasFilter(node) {
			return nil, fmt.Errorf("%w: query %q has no searchable words: stop words (the, of, 의, 위한) "+
				"and punctuation are not indexed; add a content word", ErrBadRequest, req.Query)
		}
	}
	filter, err := req.Filters.Query()
	if err != nil {
		return nil, err
	}
	if filter != nil {
		b := bq.NewBooleanQuery([]bq.Query{q}, nil, nil)
		b.AddFilter(filter)
		q = b
	}
	if req.Sort == "" || req.Sort == SortRelevance {
		q = withVotes(q)
	}
	return q, nil
}

func setSort(sreq *bleve.SearchRequest, req Request, relevance bool) error {
	switch req.Sort {
	case "", SortRelevance:
		sreq.SortBy([]string{"-_score", "_id"})
	case SortVotes:
		sreq.SortByCustom(search.SortOrder{
			&search.SortField{Field: index.FieldVotes, Desc: true, Type: search.SortFieldAsNumber, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
			&search.SortDocID{},
		})
	case SortDate:
		sreq.SortByCustom(search.SortOrder{
			&search.SortField{Field: index.FieldDate, Desc: true, Type: search.SortFieldAsDate, Mode: search.SortFieldMax, Missing: search.SortFieldMissingLast},
			&search.SortScore{Desc: true},
			&search.SortDocID{},
		})
	default:
		return fmt.Errorf("%w: unknown sort %q: use relevance, votes or date", ErrBadRequest, req.Sort)
	}
	if req.After != "" && !relevance {
		after, err := decodeAfter(req.After)
		if err != nil {
			return err
		}
		if len(after) != len(sreq.Sort) {
			return fmt.Errorf("%w: cursor %q belongs to another sort order: start again without it", ErrBadRequest, req.After)
		}
		sreq.From = 0
		sreq.SetSearchAfter(after)
	}
	return nil
}

func (s *searcher) hit(dm *search.DocumentMatch, explain bool) (Hit, error) {
	p, err := index.PaperOf(dm.ID, dm.Fields)
	if err != nil {
		return Hit{}, err
	}
	h := Hit{
		ID:      p.ID,
		Title:   p.DisplayTitle,
		URL:     p.URL,
		Votes:   p.Votes,
		Authors: p.Authors,
		Score:   dm.Score,
		Paper:   p,
	}
	if d := p.Date(); !d.IsZero() {
		h.Date = d.Format("2006-01-02")
	}
	if h.Authors == nil {
		h.Authors = []string{}
	}
	if explain {
		h.VoteFactor = VoteFactor(p.Votes)
		h.TextScore = dm.Score / h.VoteFactor
	}
	s.snippet(&h)
	return h, nil
}
