package query

import (
	"fmt"
	"slices"
)

// Limits of a Request, so that no request makes bleve allocate without bound.
const (
	MaxLimit       = 1000   // hits per page
	MaxOffset      = 100000 // hits skipped before a page
	MaxQueryLength = 1024   // bytes of a query string
)

// validate rejects requests beyond the limits; zero values take defaults.
func validate(req Request) error {
	switch {
	case req.Limit < 0 || req.Limit > MaxLimit:
		return fmt.Errorf("%w: limit %d is out of range: use 1 to %d", ErrBadRequest, req.Limit, MaxLimit)
	case req.Page < 0:
		return fmt.Errorf("%w: page %d is out of range: pages start at 1", ErrBadRequest, req.Page)
	case req.Page > 1 && (req.Page-1) > MaxOffset/max(req.Limit, 1):
		return fmt.Errorf("%w: page %d starts past the first %d hits: narrow the query", ErrBadRequest, req.Page, MaxOffset)
	case req.FacetSize < 0 || req.FacetSize > MaxLimit:
		return fmt.Errorf("%w: facet size %d is out of range: use 1 to %d", ErrBadRequest, req.FacetSize, MaxLimit)
	case len(req.Query) > MaxQueryLength:
		return fmt.Errorf("%w: query is %d bytes long: shorten it to %d bytes or fewer", ErrBadRequest, len(req.Query), MaxQueryLength)
	}
	return nil
}

// hasText reports whether n has words or phrases to search.
func hasText(n Node) bool {
	return anyNode(n, func(n Node) bool {
		switch n.(type) {
		case *Words, *Phrase:
			return true
		}
		return false
	})
}

// hasFilter reports whether n has a field clause (id, author, votes, date).
func hasFilter(n Node) bool {
	return anyNode(n, func(n Node) bool {
		switch n.(type) {
		case *Term, *NumericRange, *DateRange:
			return true
		}
		return false
	})
}

// anyNode reports whether match holds for n or any clause inside it.
func anyNode(n Node, match func(Node) bool) bool {
	if match(n) {
		return true
	}
	switch n := n.(type) {
	case *Not:
		return anyNode(n.Node, match)
	case *And:
		return slices.ContainsFunc(n.Nodes, func(c Node) bool { return anyNode(c, match) })
	case *Or:
		return slices.ContainsFunc(n.Nodes, func(c Node) bool { return anyNode(c, match) })
	}
	return false
}
