package index

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search/query"
)

// ErrNotFound is returned when no paper has the requested id.
var ErrNotFound = errors.New("index: paper not found")

// ErrNoIndex is returned by Open when the path holds no index.
var ErrNoIndex = errors.New("index: no index at path")

// batchSize is the number of papers written per bleve batch. Each batch is one
// commit: a crash keeps every earlier batch.
const batchSize = 500

// Index is a searchable collection of papers backed by a bleve index.
type Index struct {
	bleve bleve.Index
	path  string // empty for an in-memory index
}

// Options configure Open.
type Options struct {
	// ReadOnly opens the index without taking the writer's lock.
	ReadOnly bool
}

// Create makes a new, empty index at path, which must not exist yet.
func Create(ctx context.Context, path string) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create index folder %s: %w", filepath.Dir(path), err)
	}
	b, err := bleve.New(path, NewMapping())
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	return &Index{bleve: b, path: path}, nil
}

// NewMemory makes an empty index held in memory, such as the one built from the
// sample digests.
func NewMemory() (*Index, error) {
	return NewMemoryWith(NewMapping())
}

// NewMemoryWith makes an empty in-memory index with the given mapping.
func NewMemoryWith(m mapping.IndexMapping) (*Index, error) {
	// bleve.NewMemOnly uses the older upsidedown format, which indexed the real
	// digests about 50 times slower than scorch without a path.
	b, err := bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	if err != nil {
		return nil, fmt.Errorf("create in-memory index: %w", err)
	}
	return &Index{bleve: b}, nil
}

// Open opens the index at path. It returns an error wrapping ErrNoIndex when the
// path holds none.
func Open(ctx context.Context, path string, opts Options) (*Index, error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	config := map[string]interface{}{"read_only": opts.ReadOnly}
	b, err := bleve.OpenUsing(path, config)
	if err != nil {
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	return &Index{bleve: b, path: path}, nil
}

// OpenOrCreate opens the index at path, creating an empty one when there is none.
func OpenOrCreate(ctx context.Context, path string) (*Index, error) {
	ix, err := Open(ctx, path, Options{})
	if errors.Is(err, ErrNoIndex) {
		return Create(ctx, path)
	}
	return ix, err
}

// Bleve returns the underlying bleve index, for queries this package does not wrap.
func (ix *Index) Bleve() bleve.Index { return ix.bleve }

// Path returns the folder of the index, or "" for an in-memory index.
func (ix *Index) Path() string { return ix.path }

// Close releases the index.
func (ix *Index) Close() error {
	if err := ix.bleve.Close(); err != nil {
		return fmt.Errorf("close index %s: %w", ix.path, err)
	}
	return nil
}

// Add indexes papers, replacing any paper with the same id, in batches of
// batchSize. progress, when not nil, is called after each batch with the number
// of papers written so far.
func (ix *Index) Add(ctx context.Context, papers []Paper, progress func(done int)) error {
	for start := 0; start < len(papers); start += batchSize {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("add papers: stopped after %d of %d: %w", start, len(papers), err)
		}
		end := min(start+batchSize, len(papers))
		batch := ix.bleve.NewBatch()
		for i := start; i < end; i++ {
			doc, err := document(&papers[i])
			if err != nil {
				return err
			}
			if err := batch.Index(papers[i].ID, doc); err != nil {
				return fmt.Errorf("add paper %s: %w", papers[i].ID, err)
			}
		}
		if err := ix.bleve.Batch(batch); err != nil {
			return fmt.Errorf("write batch of papers %d to %d: %w", start+1, end, err)
		}
		if progress != nil {
			progress(end)
		}
	}
	return nil
}

// Get returns the paper with the given arXiv id, or an error wrapping ErrNotFound.
func (ix *Index) Get(ctx context.Context, id string) (*Paper, error) {
	req := bleve.NewSearchRequest(query.NewDocIDQuery([]string{id}))
	req.Fields = []string{FieldSource}
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("get paper %s: %w", id, err)
	}
	if len(res.Hits) == 0 {
		return nil, fmt.Errorf("get paper %s: %w", id, ErrNotFound)
	}
	return PaperOf(res.Hits[0].ID, res.Hits[0].Fields)
}

// PaperOf decodes the paper stored in a hit's fields; the search request must ask
// for the field FieldSource.
func PaperOf(id string, fields map[string]interface{}) (*Paper, error) {
	source, ok := fields[FieldSource].(string)
	if !ok {
		return nil, fmt.Errorf("paper %s has no stored source: rebuild the index with papers index --rebuild", id)
	}
	return decodePaper(id, []byte(source))
}

// Count returns the number of papers in the index.
func (ix *Index) Count() (uint64, error) {
	n, err := ix.bleve.DocCount()
	if err != nil {
		return 0, fmt.Errorf("count papers: %w", err)
	}
	return n, nil
}
