package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
)

// CheckReport compares an index with the digest files it was built from.
type CheckReport struct {
	Papers   uint64   // papers in the index
	Expected int      // distinct paper ids in the files
	Files    int      // files compared
	Missing  []string // ids in the files but not in the index
	Extra    []string // ids in the index but in none of the files
	Changed  []string // files changed or gone since they were indexed
	New      []string // files given that the index does not list
}

// OK reports whether the index matches the files.
func (r *CheckReport) OK() bool {
	return len(r.Missing)+len(r.Extra)+len(r.Changed)+len(r.New) == 0
}

// Check verifies the index against sources, or against the files of its
// manifest when sources is nil. Without sources it compares the index with
// the ids the manifest recorded. A crash leaves the manifest and the papers of
// the same batch, so the check passes after one. It also reports manifest
// files changed on disk since they were indexed.
func (ix *Index) Check(ctx context.Context, sources []Source) (*CheckReport, error) {
	m, err := ix.Manifest()
	if err != nil {
		return nil, err
	}
	r := &CheckReport{}
	want := map[string]bool{}
	if sources == nil {
		for _, path := range m.Paths() {
			rec := m.Files[path]
			r.Files++
			for _, id := range rec.IDs {
				want[id] = true
			}
			if changed, err := fileChanged(rec); err != nil || changed {
				r.Changed = append(r.Changed, path)
			}
		}
	} else {
		for _, src := range sources {
			if err := ctx.Err(); err != nil {
				return nil, fmt.Errorf("check index: %w", err)
			}
			papers, _, hash, err := readDigest(src)
			if err != nil {
				return nil, fmt.Errorf("check index: %w", err)
			}
			r.Files++
			for _, p := range papers {
				want[p.ID] = true
			}
			rec := m.Files[sourceKey(src)]
			switch {
			case rec == nil:
				r.New = append(r.New, src.Name)
			case rec.SHA256 != hash:
				r.Changed = append(r.Changed, src.Name)
			}
		}
	}
	r.Expected = len(want)

	have, err := ix.ids(ctx)
	if err != nil {
		return nil, err
	}
	r.Papers = uint64(len(have))
	for id := range want {
		if !have[id] {
			r.Missing = append(r.Missing, id)
		}
	}
	for id := range have {
		if !want[id] {
			r.Extra = append(r.Extra, id)
		}
	}
	slices.Sort(r.Missing)
	slices.Sort(r.Extra)
	return r, nil
}

// fileChanged reports whether the file of rec differs from the record. The
// content is hashed only when its size or time moved.
func fileChanged(rec *FileRecord) (bool, error) {
	info, err := os.Stat(rec.Path)
	if errors.Is(err, fs.ErrNotExist) {
		return true, nil
	}
	if err != nil {
		return true, err
	}
	if info.Size() == rec.Size && info.ModTime().Equal(rec.ModTime) {
		return false, nil
	}
	_, _, hash, err := readDigest(Source{Name: rec.Path, Path: rec.Path,
		Open: func() (io.ReadCloser, error) { return os.Open(rec.Path) }})
	return err != nil || hash != rec.SHA256, err
}

// ids returns the id of every paper in the index.
func (ix *Index) ids(ctx context.Context) (map[string]bool, error) {
	n, err := ix.Count()
	if err != nil {
		return nil, err
	}
	req := bleve.NewSearchRequestOptions(query.NewMatchAllQuery(), int(n), 0, false)
	res, err := ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("list paper ids: %w", err)
	}
	ids := make(map[string]bool, len(res.Hits))
	for _, h := range res.Hits {
		ids[h.ID] = true
	}
	return ids, nil
}
