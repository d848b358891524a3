package query

import (
	"context"
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/papers-search/papers/index"
)

// searcher holds what one search reads besides the query: the index's analyzer,
// a reader on its term dictionary and its glossary.
type searcher struct {
	ix       *index.Index
	analyzer analysis.Analyzer
	reader   bleveindex.IndexReader
	text     *textBuilder
}

func newSearcher(ctx context.Context, ix *index.Index) (*searcher, error) {
	m := ix.Bleve().Mapping()
	name := m.AnalyzerNameForPath(index.FieldSummary)
	analyzer := m.AnalyzerNamed(name)
	if analyzer == nil {
		return nil, fmt.Errorf("load analyzer %q of index %s: not registered; import the package that registers it", name, ix.Path())
	}
	s := &searcher{ix: ix, analyzer: analyzer}

	adv, err := ix.Bleve().Advanced()
	if err != nil {
		return nil, fmt.Errorf("read term dictionary of index %s: %w", ix.Path(), err)
	}
	s.reader, err = adv.Reader()
	if err != nil {
		return nil, fmt.Errorf("read term dictionary of index %s: %w", ix.Path(), err)
	}
	glossary, err := ix.Glossary()
	if err != nil {
		s.close()
		return nil, err
	}
	s.text = &textBuilder{ctx: ctx, analyzer: analyzer, reader: s.reader, glossary: glossary}
	return s, nil
}

func (s *searcher) close() {
	if s.reader != nil {
		_ = s.reader.Close()
	}
}
