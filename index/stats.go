package index

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// Stats describes an index.
type Stats struct {
	Papers    uint64 `json:"papers"`         // papers in the index
	Files     int    `json:"files"`          // digest files it was built from
	Authors   int    `json:"authors"`        // distinct author names
	FirstDate string `json:"first_date"`     // earliest digest day, YYYY-MM-DD, "" when empty
	LastDate  string `json:"last_date"`      // latest digest day, YYYY-MM-DD, "" when empty
	Glossary  int    `json:"glossary_pairs"` // Korean-English pairs in the glossary
	Path      string `json:"path"`           // index folder, "" in memory
}

// filesKey is the internal key of the file list of indexes built before the
// manifest existed.
const filesKey = "files"

// Stats counts the papers, digest files and distinct authors of the index and
// finds its first and last digest dates.
func (ix *Index) Stats(ctx context.Context) (Stats, error) {
	st := Stats{Path: ix.path}
	var err error
	if st.Papers, err = ix.Count(); err != nil {
		return st, err
	}
	files, err := ix.Files()
	if err != nil {
		return st, err
	}
	st.Files = len(files)

	dict, err := ix.bleve.FieldDict(FieldAuthor)
	if err != nil {
		return st, fmt.Errorf("count authors: %w", err)
	}
	for {
		entry, err := dict.Next()
		if err != nil {
			dict.Close()
			return st, fmt.Errorf("count authors: %w", err)
		}
		if entry == nil {
			break
		}
		st.Authors++
	}
	dict.Close()

	if st.FirstDate, err = ix.edgeDate(ctx, false); err != nil {
		return st, err
	}
	if st.LastDate, err = ix.edgeDate(ctx, true); err != nil {
		return st, err
	}
	if g, err := ix.Glossary(); err == nil && g != nil {
		st.Glossary = len(g.Pairs())
	}
	return st, nil
}

// edgeDate returns the earliest (or, with last, the latest) digest date.
func (ix *Index) edgeDate(ctx context.Context, last bool) (string, error) {
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 1, 0, false)
	mode := search.SortFieldMin
	if last {
		mode = search.SortFieldMax
	}
	req.SortByCustom(search.SortOrder{&search.SortField{
		Field: FieldDate, Desc: last, Type: search.SortFieldAsDate, Mode: mode,
		Missing: search.SortFieldMissingLast,
	}})
	req.Fields = []string{FieldSource}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return "", fmt.Errorf("find date range: %w", err)
	}
	if len(res.Hits) == 0 {
		return "", nil
	}
	p, err := PaperOf(res.Hits[0].ID, res.Hits[0].Fields)
	if err != nil {
		return "", err
	}
	if len(p.Dates) == 0 {
		return "", nil
	}
	d := p.Dates[len(p.Dates)-1]
	if !last {
		d = p.Dates[0]
	}
	return d.Format("2006-01-02"), nil
}

// Files returns the digest files the index was built from, sorted: the
// manifest's paths, or for an index built before manifests existed, its
// older file list.
func (ix *Index) Files() ([]string, error) {
	m, err := ix.Manifest()
	if err != nil {
		return nil, err
	}
	if len(m.Files) > 0 {
		return m.Paths(), nil
	}
	raw, err := ix.bleve.GetInternal([]byte(filesKey))
	if err != nil {
		return nil, fmt.Errorf("read file list: %w", err)
	}
	if raw == nil {
		return nil, nil
	}
	var files []string
	if err := json.Unmarshal(raw, &files); err != nil {
		return nil, fmt.Errorf("read file list: %w", err)
	}
	return files, nil
}

// All returns every paper of the index, in id order.
func (ix *Index) All(ctx context.Context) ([]Paper, error) {
	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), int(n), 0, false)
	req.SortBy([]string{"_id"})
	req.Fields = []string{FieldSource}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("read all papers: %w", err)
	}
	papers := make([]Paper, 0, len(res.Hits))
	for _, h := range res.Hits {
		p, err := PaperOf(h.ID, h.Fields)
		if err != nil {
			return nil, err
		}
		papers = append(papers, *p)
	}
	return papers, nil
}
