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
	bolterrors "go.etcd.io/bbolt/errors"
	"golang.org/x/sys/unix"
)

// ErrNotFound is returned when no paper has the requested id.
var ErrNotFound = errors.New("index: paper not found")

// ErrNoIndex is returned by Open when the path holds no index.
var ErrNoIndex = errors.New("index: no index at path")

// ErrDamaged is returned by Open when the index files cannot be read, such as
// after a segment file was truncated or deleted.
var ErrDamaged = errors.New("index: damaged")

// batchSize is the number of papers written per bleve batch. Each batch is one
// commit: a crash keeps every earlier batch.
const batchSize = 500

// Index is a searchable collection of papers backed by a bleve index.
type Index struct {
	bleve bleve.Index
	path  string      // empty for an in-memory index
	lock  *writerLock // nil for a read-only or in-memory index
}

// Options configure Open.
type Options struct {
	// ReadOnly opens the index without taking the writer's lock. Any number
	// of read-only opens can share an index.
	ReadOnly bool
	// Command names the writer in the lock file, for the message that other
	// processes show while it runs, such as "papers index".
	Command string
}

// Create makes a new, empty index at path, which must not exist yet, and
// holds the writer's lock until Close.
func Create(ctx context.Context, path string) (*Index, error) {
	return createWith(path, Options{Command: "papers"})
}

func createWith(path string, opts Options) (*Index, error) {
	lock, err := lockWriter(path, opts.Command)
	if err != nil {
		return nil, err
	}
	ix, err := createUnlocked(path)
	if err != nil {
		lock.release()
		return nil, err
	}
	ix.lock = lock
	return ix, nil
}

// createUnlocked makes a new index without the lock, for a folder that no
// other process uses yet.
func createUnlocked(path string) (*Index, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create index folder %s: %w", filepath.Dir(path), err)
	}
	// The index is made in a temporary folder and renamed into place, so a
	// process killed while creating it leaves no half-made index at path.
	tmp, err := os.MkdirTemp(filepath.Dir(path), filepath.Base(path)+".new-")
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	defer os.RemoveAll(tmp)
	b, err := bleve.New(filepath.Join(tmp, "index"), NewMapping())
	if err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	if err := b.Close(); err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	if err := os.Rename(filepath.Join(tmp, "index"), path); err != nil {
		return nil, fmt.Errorf("create index %s: %w", path, err)
	}
	b, err = bleve.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open new index %s: %w", path, err)
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

// Open opens the index at path. It returns an error wrapping ErrNoIndex when
// the path holds none, ErrLocked when another process is writing it (within
// about 2 seconds, never waiting for the writer to finish) and ErrDamaged when
// its files cannot be read. A writer (ReadOnly false) holds the lock until
// Close.
func Open(ctx context.Context, path string, opts Options) (*Index, error) {
	var lock *writerLock
	if opts.ReadOnly {
		if err := checkNotWriting(path); err != nil {
			return nil, err
		}
	} else {
		var err error
		if lock, err = lockWriter(path, opts.Command); err != nil {
			return nil, err
		}
	}
	ix, err := openBleve(path, opts.ReadOnly)
	if err != nil {
		lock.release()
		return nil, err
	}
	ix.lock = lock
	return ix, nil
}

// openBleve opens the bleve index at path and reads one stored paper, so that
// damaged segment files fail here with ErrDamaged rather than in a search.
func openBleve(path string, readOnly bool) (ix *Index, err error) {
	if _, err := os.Stat(filepath.Join(path, "index_meta.json")); err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("open index %s: %w", path, ErrNoIndex)
		}
		return nil, fmt.Errorf("open index %s: %w", path, err)
	}
	defer func() {
		// bleve panics on some truncated segment files instead of failing.
		if r := recover(); r != nil {
			err = damaged(path, fmt.Errorf("%v", r))
		}
	}()
	timeout := writerLockTimeout
	if readOnly {
		timeout = lockTimeout
	}
	config := map[string]interface{}{"read_only": readOnly, "bolt_timeout": timeout}
	b, err := bleve.OpenUsing(path, config)
	if errors.Is(err, bolterrors.ErrTimeout) {
		if readOnly {
			return nil, holderError(path)
		}
		return nil, fmt.Errorf("open index %s: other papers commands still read it after %s; "+
			"close them and index again: %w", path, writerLockTimeout, ErrLocked)
	}
	if err != nil {
		return nil, damaged(path, err)
	}
	ix = &Index{bleve: b, path: path}
	if err := ix.probe(); err != nil {
		b.Close()
		return nil, damaged(path, err)
	}
	return ix, nil
}

// probe reads the count and one stored paper, and compares the count with the
// papers the manifest lists. bleve skips a segment file it cannot load and
// opens the rest, so a damaged segment shows only as papers missing.
func (ix *Index) probe() error {
	n, err := ix.bleve.DocCount()
	if err != nil {
		return err
	}
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), 1, 0, false)
	req.Fields = []string{FieldSource}
	if _, err := ix.bleve.Search(req); err != nil {
		return err
	}
	m, err := ix.Manifest()
	if err != nil {
		return err
	}
	ids := map[string]bool{}
	for _, rec := range m.Files {
		for _, id := range rec.IDs {
			ids[id] = true
		}
	}
	// More papers than listed remain when a build stopped inside a file larger
	// than a batch, and the next build completes them. Fewer papers mean damage.
	if len(m.Files) > 0 && n < uint64(len(ids)) {
		return fmt.Errorf("the index holds %d papers but its manifest lists %d", n, len(ids))
	}
	return nil
}

func damaged(path string, err error) error {
	return fmt.Errorf("open index %s: %w: %v; rebuild it with papers index --rebuild FOLDER",
		path, ErrDamaged, err)
}

// OpenOrCreate opens the index at path for writing, creating an empty one
// when there is none.
func OpenOrCreate(ctx context.Context, path string) (*Index, error) {
	return OpenOrCreateWith(ctx, path, Options{Command: "papers"})
}

// OpenOrCreateWith is OpenOrCreate with options, such as the Command named in
// the lock file. ReadOnly is ignored.
func OpenOrCreateWith(ctx context.Context, path string, opts Options) (*Index, error) {
	opts.ReadOnly = false
	lock, err := lockWriter(path, opts.Command)
	if err != nil {
		return nil, err
	}
	ix, err := openBleve(path, false)
	if errors.Is(err, ErrNoIndex) {
		ix, err = createUnlocked(path)
	}
	if err != nil {
		lock.release()
		return nil, err
	}
	ix.lock = lock
	return ix, nil
}

// Bleve returns the underlying bleve index, for queries this package does not wrap.
func (ix *Index) Bleve() bleve.Index { return ix.bleve }

// Path returns the folder of the index, or "" for an in-memory index.
func (ix *Index) Path() string { return ix.path }

// Close releases the index.
func (ix *Index) Close() error {
	// The lock outlives bleve's close, which persists the last batches.
	defer ix.lock.release()
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

// Rebuild builds a fresh index of sources in a temporary folder next to path
// and swaps it in with one rename, so that a failed or interrupted rebuild
// leaves the index at path as it was. It holds the writer's lock of path
// throughout. command names the writer in the lock file.
func Rebuild(ctx context.Context, path string, sources []Source, opts BuildOptions, command string) (Summary, error) {
	lock, err := lockWriter(path, command)
	if err != nil {
		return Summary{}, err
	}
	defer lock.release()

	tmp := fmt.Sprintf("%s.rebuild-%d", filepath.Clean(path), os.Getpid())
	if err := os.RemoveAll(tmp); err != nil {
		return Summary{}, fmt.Errorf("remove old rebuild folder %s: %w", tmp, err)
	}
	ix, err := createUnlocked(tmp)
	if err != nil {
		return Summary{}, err
	}
	sum, err := ix.BuildWith(ctx, sources, opts)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.RemoveAll(tmp)
		return sum, fmt.Errorf("rebuild index %s (the old index is unchanged): %w", path, err)
	}
	if err := swapFolders(tmp, path); err != nil {
		os.RemoveAll(tmp)
		return sum, err
	}
	// After the exchange tmp holds the old index.
	os.RemoveAll(tmp)
	return sum, nil
}

// swapFolders moves the folder from to path. When path exists, both are
// exchanged atomically, so a reader sees either the old or the new index.
// NOTE: renameat2 and flock tie the index package to Linux.
func swapFolders(from, path string) error {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(from, path); err != nil {
			return fmt.Errorf("move rebuilt index to %s: %w", path, err)
		}
		return nil
	}
	err := unix.Renameat2(unix.AT_FDCWD, from, unix.AT_FDCWD, path, unix.RENAME_EXCHANGE)
	if err != nil {
		return fmt.Errorf("swap rebuilt index %s into %s: %w", from, path, err)
	}
	return nil
}
