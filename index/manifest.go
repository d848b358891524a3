package index

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"sort"
	"time"

	"github.com/blevesearch/bleve/v2"
)

// The manifest lives in bleve's internal storage, next to the papers it
// describes, and is written in the same batch as they are, so that a crash
// never records a file whose papers were not written. Key manifestKey holds
// a Manifest (a few hundred bytes per file). Key fileEntriesPrefix+path holds
// the JSON list of the entries parsed from that file, from which a paper found
// in several files is merged again when one of them changes.
const (
	manifestKey       = "manifest"
	fileEntriesPrefix = "manifest/file/"
	manifestVersion   = 1
)

// Manifest lists the digest files an index was built from.
type Manifest struct {
	Version int `json:"version"`
	// Files maps FileRecord.Path to its record.
	Files map[string]*FileRecord `json:"files"`
}

// FileRecord describes a digest file as it was when last indexed.
type FileRecord struct {
	// Path is the absolute path, or the source name of a file not on disk.
	Path    string    `json:"path"`
	Size    int64     `json:"size"`
	ModTime time.Time `json:"mtime"`
	// SHA256 is the hex digest of the content.
	SHA256 string `json:"sha256"`
	// IDs lists the papers parsed from the file, in file order.
	IDs []string `json:"ids"`
}

// Manifest returns the files the index was built from. An index without one,
// such as one built before manifests existed, returns an empty manifest.
func (ix *Index) Manifest() (*Manifest, error) {
	m := &Manifest{Version: manifestVersion, Files: map[string]*FileRecord{}}
	raw, err := ix.bleve.GetInternal([]byte(manifestKey))
	if err != nil {
		return nil, fmt.Errorf("read manifest: %w", err)
	}
	if raw == nil {
		return m, nil
	}
	if err := json.Unmarshal(raw, m); err != nil {
		return nil, fmt.Errorf("read manifest: %w; rebuild the index with papers index --rebuild",
			err)
	}
	if m.Files == nil {
		m.Files = map[string]*FileRecord{}
	}
	return m, nil
}

// Paths returns the file paths of the manifest, sorted.
func (m *Manifest) Paths() []string {
	paths := make([]string, 0, len(m.Files))
	for p := range m.Files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	return paths
}

// fileEntries returns the entries stored for the file at path.
func (ix *Index) fileEntries(path string) ([]Paper, error) {
	raw, err := ix.bleve.GetInternal([]byte(fileEntriesPrefix + path))
	if err != nil {
		return nil, fmt.Errorf("read manifest entries of %s: %w", path, err)
	}
	if raw == nil {
		return nil, nil
	}
	var papers []Paper
	if err := json.Unmarshal(raw, &papers); err != nil {
		return nil, fmt.Errorf("read manifest entries of %s: %w; "+
			"rebuild the index with papers index --rebuild", path, err)
	}
	return papers, nil
}

// updater queues paper and manifest changes into bleve batches. A file's
// record goes into the batch of its last papers, so every committed state of
// the index matches its manifest. The exception is a file with more papers than
// two batches, which may commit some of them before its record (see replaceFile).
type updater struct {
	ix      *Index
	m       *Manifest
	opts    BuildOptions
	batch   *bleve.Batch
	pending int                 // papers queued in batch
	dirty   bool                // manifest changed since the last flush
	wrote   bool                // some batch was committed
	written int                 // papers written or deleted, over all batches
	queued  map[string]bool     // ids in batch, true when written, false when deleted
	done    map[string]bool     // ids of committed batches, as in queued
	entries map[string][]Paper  // file path to its entries, loaded on demand
	files   map[string][]string // paper id to the paths of files that have it
}

func newUpdater(ix *Index, m *Manifest, opts BuildOptions) *updater {
	if opts.BatchSize <= 0 {
		opts.BatchSize = batchSize
	}
	u := &updater{ix: ix, m: m, opts: opts, batch: ix.bleve.NewBatch(),
		entries: map[string][]Paper{}, files: map[string][]string{},
		queued: map[string]bool{}, done: map[string]bool{}}
	for _, path := range m.Paths() {
		for _, id := range m.Files[path].IDs {
			u.link(id, path)
		}
	}
	return u
}

func (u *updater) link(id, path string) {
	if !slices.Contains(u.files[id], path) {
		u.files[id] = append(u.files[id], path)
		slices.Sort(u.files[id])
	}
}

func (u *updater) unlink(id, path string) {
	u.files[id] = slices.DeleteFunc(u.files[id], func(p string) bool { return p == path })
}

// replaceFile records rec with its new entries and queues every paper that
// the file had or now has.
func (u *updater) replaceFile(rec *FileRecord, papers []Paper) error {
	affected := map[string]bool{}
	if old := u.m.Files[rec.Path]; old != nil {
		for _, id := range old.IDs {
			affected[id] = true
			u.unlink(id, rec.Path)
		}
	}
	for _, id := range rec.IDs {
		affected[id] = true
		u.link(id, rec.Path)
	}
	u.entries[rec.Path] = papers

	// The papers are queued first and the record last. When a large file's
	// papers span several batches, the earlier batches commit the old record,
	// so after a crash the file still reads as changed and is indexed again.
	if err := u.remerge(affected); err != nil {
		return err
	}
	u.m.Files[rec.Path] = rec
	raw, err := json.Marshal(papers)
	if err != nil {
		return fmt.Errorf("encode manifest entries of %s: %w", rec.Path, err)
	}
	u.batch.SetInternal([]byte(fileEntriesPrefix+rec.Path), raw)
	u.dirty = true
	return nil
}

// removeFile drops the file at path from the manifest and queues its papers.
func (u *updater) removeFile(path string) error {
	affected := map[string]bool{}
	for _, id := range u.m.Files[path].IDs {
		affected[id] = true
		u.unlink(id, path)
	}
	delete(u.entries, path)
	// As in replaceFile, the record goes with the last batch of papers.
	if err := u.remerge(affected); err != nil {
		return err
	}
	delete(u.m.Files, path)
	u.batch.DeleteInternal([]byte(fileEntriesPrefix + path))
	u.dirty = true
	return nil
}

// remerge queues the merged form of each id, or its deletion when no file
// has it any more.
func (u *updater) remerge(ids map[string]bool) error {
	for _, id := range slices.Sorted(maps.Keys(ids)) {
		var found []Paper
		for _, path := range u.files[id] {
			entries, err := u.fileEntries(path)
			if err != nil {
				return err
			}
			for _, p := range entries {
				if p.ID == id {
					found = append(found, p)
				}
			}
		}
		u.pending++
		u.queued[id] = len(found) > 0
		if len(found) == 0 {
			u.batch.Delete(id)
			continue
		}
		p := Merge(found)[0]
		doc, err := document(&p)
		if err != nil {
			return err
		}
		if err := u.batch.Index(id, doc); err != nil {
			return fmt.Errorf("add paper %s: %w", id, err)
		}
		// A file with more papers than a batch (real digests have under a
		// hundred) is written over several batches, which bounds the memory
		// that bleve's analysis of a batch takes.
		if u.pending >= 2*u.opts.BatchSize {
			if err := u.flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func (u *updater) fileEntries(path string) ([]Paper, error) {
	if e, ok := u.entries[path]; ok {
		return e, nil
	}
	e, err := u.ix.fileEntries(path)
	if err != nil {
		return nil, err
	}
	u.entries[path] = e
	return e, nil
}

// flushIfFull commits the batch once it holds BatchSize papers, and checks
// ctx between batches, so a cancelled build stops on a committed state.
func (u *updater) flushIfFull(ctx context.Context) error {
	if u.pending >= u.opts.BatchSize {
		if err := u.flush(); err != nil {
			return err
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("index stopped after %d papers: %w", u.written, err)
	}
	return nil
}

// flush commits the queued papers with the manifest that describes them.
func (u *updater) flush() error {
	if u.pending == 0 && !u.dirty {
		return nil
	}
	raw, err := json.Marshal(u.m)
	if err != nil {
		return fmt.Errorf("encode manifest: %w", err)
	}
	u.batch.SetInternal([]byte(manifestKey), raw)
	if err := u.ix.bleve.Batch(u.batch); err != nil {
		return fmt.Errorf("write batch of %d papers: %w", u.pending, err)
	}
	u.written += u.pending
	maps.Copy(u.done, u.queued)
	clear(u.queued)
	u.wrote = true
	u.pending, u.dirty = 0, false
	u.batch = u.ix.bleve.NewBatch()
	if u.opts.Progress != nil {
		n, _ := u.ix.bleve.DocCount()
		u.opts.Progress(u.written, int(n))
	}
	return nil
}

// summary completes sum with the distinct papers of committed batches.
func (u *updater) summary(sum Summary) Summary {
	for _, written := range u.done {
		if written {
			sum.Papers++
		} else {
			sum.Deleted++
		}
	}
	return sum
}
