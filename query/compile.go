package query

import (
	"fmt"

	bq "github.com/blevesearch/bleve/v2/search/query"
)

// TextBuilder builds the scored text queries of words and phrases, and the
// searcher of this package provides it. Nil fields mean the default text fields.
// A nil query with a nil error means the text has nothing to search for, such
// as only punctuation, and Compile leaves the clause out.
type TextBuilder interface {
	Words(fields []string, words []string) (bq.Query, error)
	Phrase(fields []string, text string) (bq.Query, error)
}

// Compile translates a parsed query into a bleve query. Clauses joined by the
// implicit AND become one BooleanQuery. Word runs are SHOULD clauses that must
// all match, while the TextBuilder decides how many words of a run must match.
// Phrases, groups and ORs are MUST clauses, and negations are MUST_NOT clauses.
// Field filters (id, author, votes, date) go to the filter clause, which
// restricts hits without scoring them. A query of negations and filters alone
// starts from every paper. An empty query matches every paper, and a query
// whose text clauses all had nothing to search for matches none.
func Compile(n Node, tb TextBuilder) (bq.Query, error) {
	root, ok := n.(*And)
	if !ok {
		root = &And{Nodes: []Node{n}}
	}
	if len(root.Nodes) == 0 {
		return bq.NewMatchAllQuery(), nil
	}

	q, err := compiler{tb: tb}.and(root)
	if err != nil {
		return nil, err
	}
	if q == nil {
		return bq.NewMatchNoneQuery(), nil
	}
	return q, nil
}

type compiler struct {
	tb TextBuilder
}

// compile builds the query of n in a scoring position. A nil query means n had
// nothing to search for.
func (c compiler) compile(n Node) (bq.Query, error) {
	if isFilter(n) {
		// NOTE: a filter that is an alternative of an OR matches through a match-all
		// query, so it adds a constant to the score of the papers it matches.
		return scoreless(c.filter(n)), nil
	}

	var q bq.Query
	var err error
	switch n := n.(type) {
	case *Words:
		q, err = c.tb.Words(n.Fields, n.Words)
	case *Phrase:
		q, err = c.tb.Phrase(n.Fields, n.Text)
	case *Not:
		q, err = c.compile(n.Node)
		if q != nil {
			q = matchAllExcept(q)
		}
	case *And:
		q, err = c.and(n)
	case *Or:
		q, err = c.or(n)
	default:
		err = fmt.Errorf("unknown query node %T", n)
	}
	if err != nil {
		return nil, fmt.Errorf("build query for %s: %w", n, err)
	}
	return q, nil
}

func (c compiler) and(n *And) (bq.Query, error) {
	b := bq.NewBooleanQuery(nil, nil, nil)
	var filters []bq.Query
	should, clauses, droppedPositive := 0, 0, false
	for _, child := range n.Nodes {
		if not, ok := child.(*Not); ok {
			q, err := c.excluded(not.Node)
			if err != nil {
				return nil, err
			}
			if q != nil {
				b.AddMustNot(q)
				clauses++
			}
			continue
		}
		if isFilter(child) {
			filters = append(filters, c.filter(child))
			clauses++
			continue
		}

		q, err := c.compile(child)
		if err != nil {
			return nil, err
		}
		if q == nil {
			droppedPositive = true
			continue
		}
		clauses++
		if _, ok := child.(*Words); ok {
			b.AddShould(q)
			should++
		} else {
			b.AddMust(q)
		}
	}

	if clauses == 0 {
		if droppedPositive {
			return nil, nil
		}
		return bq.NewMatchAllQuery(), nil
	}
	if should > 0 {
		b.SetMinShould(float64(should))
	}
	if b.Must == nil && b.Should == nil {
		b.AddMust(bq.NewMatchAllQuery())
	}
	if len(filters) > 0 {
		b.AddFilter(conjunction(filters))
	}
	return b, nil
}

// excluded builds the query of the papers that the negation of n excludes.
// Scores do not matter there, so filters stay bare.
func (c compiler) excluded(n Node) (bq.Query, error) {
	if isFilter(n) {
		return c.filter(n), nil
	}
	return c.compile(n)
}

func (c compiler) or(n *Or) (bq.Query, error) {
	var alternatives []bq.Query
	for _, child := range n.Nodes {
		q, err := c.compile(child)
		if err != nil {
			return nil, err
		}
		if q != nil {
			alternatives = append(alternatives, q)
		}
	}
	if len(alternatives) == 0 {
		return nil, nil
	}
	return disjunction(alternatives), nil
}

// isFilter reports whether n matches on keyword, numeric and date fields only,
// so it can restrict hits without scoring them.
func isFilter(n Node) bool {
	switch n := n.(type) {
	case *Term, *NumericRange, *DateRange:
		return true
	case *Not:
		return isFilter(n.Node)
	case *And:
		return len(n.Nodes) > 0 && allFilters(n.Nodes)
	case *Or:
		return len(n.Nodes) > 0 && allFilters(n.Nodes)
	}
	return false
}

func allFilters(nodes []Node) bool {
	for _, n := range nodes {
		if !isFilter(n) {
			return false
		}
	}
	return true
}

// filter builds the query of a node for which isFilter is true.
func (c compiler) filter(n Node) bq.Query {
	switch n := n.(type) {
	case *Term:
		return termQuery(n)
	case *NumericRange:
		return numericQuery(n)
	case *DateRange:
		return dateQuery(n)
	case *Not:
		return matchAllExcept(c.filter(n.Node))
	case *And:
		return conjunction(c.filters(n.Nodes))
	case *Or:
		return disjunction(c.filters(n.Nodes))
	}
	panic(fmt.Sprintf("query: filter called on %T, which isFilter rejects", n))
}

func (c compiler) filters(nodes []Node) []bq.Query {
	qs := make([]bq.Query, len(nodes))
	for i, n := range nodes {
		qs[i] = c.filter(n)
	}
	return qs
}

// scoreless wraps a filter so that it can stand where a scored query is
// expected: it matches every paper, and the filter clause removes the others.
func scoreless(filter bq.Query) bq.Query {
	b := bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, nil)
	b.AddFilter(filter)
	return b
}

func matchAllExcept(q bq.Query) bq.Query {
	return bq.NewBooleanQuery([]bq.Query{bq.NewMatchAllQuery()}, nil, []bq.Query{q})
}

func conjunction(qs []bq.Query) bq.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bq.NewConjunctionQuery(qs)
}

func disjunction(qs []bq.Query) bq.Query {
	if len(qs) == 1 {
		return qs[0]
	}
	return bq.NewDisjunctionQuery(qs)
}

func termQuery(t *Term) bq.Query {
	if t.Prefix {
		q := bq.NewPrefixQuery(t.Value)
		q.SetField(t.Field)
		return q
	}
	q := bq.NewTermQuery(t.Value)
	q.SetField(t.Field)
	return q
}

func numericQuery(r *NumericRange) bq.Query {
	var minInclusive, maxInclusive *bool
	if r.Min != nil {
		v := r.MinInclusive
		minInclusive = &v
	}
	if r.Max != nil {
		v := r.MaxInclusive
		maxInclusive = &v
	}
	q := bq.NewNumericRangeInclusiveQuery(r.Min, r.Max, minInclusive, maxInclusive)
	q.SetField(r.Field)
	return q
}

// dateQuery builds the range [Start, End). Bleve treats a zero bound as open.
func dateQuery(r *DateRange) bq.Query {
	inclusiveStart, inclusiveEnd := true, false
	q := bq.NewDateRangeInclusiveQuery(r.Start, r.End, &inclusiveStart, &inclusiveEnd)
	q.SetField(r.Field)
	return q
}
