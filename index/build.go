package index

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/papers-search/papers/analyze"
)

// Source is one digest file to read.
type Source struct {
	// Name identifies the file in warnings and in Paper.Source.
	Name string
	// Path is the absolute path of a file on disk, or "" for other sources,
	// such as the samples compiled into the binary. A source with a Path is
	// not read again while its size and modification time are unchanged.
	Path string
	// Open returns the file's content.
	Open func() (io.ReadCloser, error)
}

// Summary reports what a build read and wrote.
type Summary struct {
	Files     int       // digest files read
	Unchanged int       // digest files skipped because they did not change
	Pruned    int       // files removed from the manifest because they are gone
	Entries   int       // paper entries found in the files read
	Papers    int       // distinct papers written to the index
	Deleted   int       // papers removed because no file has them any more
	Warnings  []Warning // problems that did not stop the build
	Errors    []error   // files that could not be read
}

// FindDigests lists the digest files under paths like Find, without the
// warnings about skipped files.
func FindDigests(paths []string) ([]Source, []error) {
	sources, _, errs := Find(paths)
	return sources, errs
}

// Find lists the digest files under paths: each path is a .md file or a
// folder searched recursively for .md files. Symbolic links to folders are not
// followed, so a link loop cannot trap the walk. Skipped entries (other file
// types, links that lead nowhere, pipes) give one warning each. Unreadable
// folders and missing paths are returned as errors while the rest is listed.
func Find(paths []string) ([]Source, []Warning, []error) {
	var sources []Source
	var warnings []Warning
	var errs []error
	seen := map[string]bool{}
	add := func(path string) {
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		if seen[abs] {
			return
		}
		seen[abs] = true
		sources = append(sources, Source{Name: path, Path: abs,
			Open: func() (io.ReadCloser, error) { return os.Open(path) }})
	}
	skip := func(path, why string) {
		warnings = append(warnings, Warning{File: path, Message: "skipped: " + why})
	}
	for _, root := range paths {
		info, err := os.Stat(root)
		if err != nil {
			errs = append(errs, fmt.Errorf("read %s: %w", root, err))
			continue
		}
		if !info.IsDir() {
			add(root)
			continue
		}
		err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("read %s: %w", path, err))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if why := skipReason(path, d); why != "" {
				skip(path, why)
				return nil
			}
			add(path)
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("walk %s: %w", root, err))
		}
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i].Name < sources[j].Name })
	return sources, warnings, errs
}

// skipReason returns why the walk skips the non-folder entry d, or "" for a
// digest to read.
func skipReason(path string, d fs.DirEntry) string {
	md := strings.EqualFold(filepath.Ext(path), ".md")
	if d.Type()&fs.ModeSymlink != 0 {
		// Links are checked first, so a link loop is named as one whatever
		// its name.
		info, err := os.Stat(path)
		switch {
		case err != nil:
			return fmt.Sprintf("symbolic link does not lead to a file: %v", err)
		case info.IsDir():
			return "symbolic link to a folder is not followed"
		case !info.Mode().IsRegular():
			return "symbolic link to a special file is not followed"
		}
	}
	if !md {
		return "not a digest (.md) file"
	}
	if !d.Type().IsRegular() && d.Type()&fs.ModeSymlink == 0 {
		return "not a regular file"
	}
	return ""
}

// FSDigests lists the .md files at any depth of fsys, such as the samples
// compiled into the binary.
func FSDigests(fsys fs.FS) ([]Source, error) {
	var sources []Source
	err := fs.WalkDir(fsys, ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".md") {
			sources = append(sources, Source{Name: path, Open: func() (io.ReadCloser, error) {
				return fsys.Open(path)
			}})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list sample digests: %w", err)
	}
	return sources, nil
}

// ReadAll parses every source and merges papers that appear in several files.
// A source that cannot be read is reported in Summary.Errors and the others are
// still read.
func ReadAll(ctx context.Context, sources []Source) ([]Paper, Summary, error) {
	var all []Paper
	var sum Summary
	for _, src := range sources {
		if err := ctx.Err(); err != nil {
			return nil, sum, fmt.Errorf("read digests: %w", err)
		}
		papers, warnings, err := readSource(src)
		sum.Warnings = append(sum.Warnings, warnings...)
		if err != nil {
			sum.Errors = append(sum.Errors, err)
			continue
		}
		sum.Files++
		sum.Entries += len(papers)
		all = append(all, papers...)
	}
	merged := Merge(all)
	sum.Papers = len(merged)
	return merged, sum, nil
}

func readSource(src Source) ([]Paper, []Warning, error) {
	r, err := src.Open()
	if err != nil {
		return nil, nil, fmt.Errorf("open %s: %w", src.Name, err)
	}
	defer r.Close()
	papers, warnings, err := Parse(r, src.Name)
	if err != nil {
		return papers, warnings, fmt.Errorf("read %s: %w", src.Name, err)
	}
	return papers, warnings, nil
}

// refreshGlossary mines the glossary again from every paper of the index, so
// that it reflects old and new papers alike.
func (ix *Index) refreshGlossary(ctx context.Context) error {
	if ix.bleve.Mapping().AnalyzerNameForPath(FieldSummary) != analyze.Name {
		// The glossary holds terms of this analyzer; another one would not find them.
		return nil
	}
	all, err := ix.All(ctx)
	if err != nil {
		return err
	}
	return ix.SetGlossary(MineGlossary(all))
}

// BuildOptions configure BuildWith.
type BuildOptions struct {
	// Progress, when not nil, is called after each batch with the papers
	// written so far and the papers in the index.
	Progress func(done, total int)
	// Prune removes files that no longer exist from the manifest, and the
	// papers that only they contained.
	Prune bool
	// BatchSize is the number of papers per committed batch; 0 means 500.
	BatchSize int
}

// Build updates the index from sources with default options; see BuildWith.
func (ix *Index) Build(ctx context.Context, sources []Source, progress func(done, total int)) (Summary, error) {
	return ix.BuildWith(ctx, sources, BuildOptions{Progress: progress})
}

// BuildWith updates the index from sources incrementally. A source whose size
// and modification time match the manifest is not read; one whose content
// hash matches only has its record updated. For each changed file, every
// paper it had or has is merged again from the entries of all files of the
// manifest (see Merge). A paper that moved between files is therefore not
// duplicated, and one removed from a file keeps the entries of other files.
// Each batch writes papers together with the manifest records that describe
// them, so a crash keeps a consistent earlier state. When ctx is cancelled,
// BuildWith stops after the current batch and returns an error wrapping
// ctx.Err().
func (ix *Index) BuildWith(ctx context.Context, sources []Source, opts BuildOptions) (Summary, error) {
	var sum Summary
	m, err := ix.Manifest()
	if err != nil {
		return sum, err
	}
	u := newUpdater(ix, m, opts)
	current := map[string]bool{}
	for _, src := range sources {
		key := sourceKey(src)
		if current[key] {
			continue
		}
		current[key] = true
		if err := u.flushIfFull(ctx); err != nil {
			return u.summary(sum), err
		}
		if err := u.applySource(src, &sum); err != nil {
			return u.summary(sum), err
		}
	}
	if opts.Prune {
		for _, path := range m.Paths() {
			if current[path] || !isGone(path) {
				continue
			}
			if err := u.flushIfFull(ctx); err != nil {
				return u.summary(sum), err
			}
			if err := u.removeFile(path); err != nil {
				return u.summary(sum), err
			}
			sum.Pruned++
		}
	}
	if err := u.flush(); err != nil {
		return u.summary(sum), err
	}
	sum = u.summary(sum)
	if !u.wrote {
		return sum, nil
	}
	return sum, ix.refreshGlossary(ctx)
}

func sourceKey(src Source) string {
	if src.Path != "" {
		return src.Path
	}
	return src.Name
}

// isGone reports whether a manifest path names a file that no longer exists.
// Paths of sources not on disk are never gone.
func isGone(path string) bool {
	if !filepath.IsAbs(path) {
		return false
	}
	_, err := os.Lstat(path)
	return errors.Is(err, fs.ErrNotExist)
}

// applySource reads src unless the manifest shows it unchanged and queues the
// papers it affects.
func (u *updater) applySource(src Source, sum *Summary) error {
	key := sourceKey(src)
	old := u.m.Files[key]
	var info fs.FileInfo
	if src.Path != "" {
		var err error
		info, err = os.Stat(src.Path)
		if err == nil && old != nil && info.Size() == old.Size && info.ModTime().Equal(old.ModTime) {
			sum.Unchanged++
			return nil
		}
	}

	papers, warnings, hash, err := readDigest(src)
	sum.Warnings = append(sum.Warnings, warnings...)
	if err != nil {
		sum.Errors = append(sum.Errors, err)
		return nil
	}
	sum.Files++
	sum.Entries += len(papers)

	rec := &FileRecord{Path: key, SHA256: hash, IDs: paperIDs(papers)}
	if info != nil {
		rec.Size, rec.ModTime = info.Size(), info.ModTime()
	}
	if old != nil && old.SHA256 == hash {
		// Touched but not changed: only the record's size and time move on.
		rec.IDs = old.IDs
		u.m.Files[key] = rec
		u.dirty = true
		return nil
	}
	if err := u.replaceFile(rec, papers); err != nil {
		return err
	}
	sum.Warnings = append(sum.Warnings, u.duplicates(src.Name, key, papers)...)
	return nil
}

// duplicates warns about papers of the file at key that other indexed files
// list too. Digests repeat a paper on another day now and then, which Merge
// resolves, so the warning only makes the merge visible.
func (u *updater) duplicates(name, key string, papers []Paper) []Warning {
	var warnings []Warning
	for _, p := range papers {
		var others []string
		for _, path := range u.files[p.ID] {
			if path != key {
				others = append(others, path)
			}
		}
		if len(others) > 0 {
			warnings = append(warnings, Warning{File: name, Line: p.Source.Line, Message: fmt.Sprintf(
				"paper %s also appears in %s; kept the fields of the later date and every date",
				p.ID, strings.Join(others, ", "))})
		}
	}
	return warnings
}

// readDigest parses src and returns the SHA-256 of its whole content.
func readDigest(src Source) ([]Paper, []Warning, string, error) {
	r, err := src.Open()
	if err != nil {
		return nil, nil, "", fmt.Errorf("open %s: %w", src.Name, err)
	}
	defer r.Close()
	h := sha256.New()
	tee := io.TeeReader(r, h)
	papers, warnings, err := Parse(tee, src.Name)
	if err == nil {
		// Parse stops early on a binary file; the hash still covers all of it.
		_, err = io.Copy(io.Discard, tee)
	}
	if err != nil {
		return nil, warnings, "", fmt.Errorf("read %s: %w", src.Name, err)
	}
	return papers, warnings, hex.EncodeToString(h.Sum(nil)), nil
}

func paperIDs(papers []Paper) []string {
	ids := make([]string, len(papers))
	for i := range papers {
		ids[i] = papers[i].ID
	}
	return ids
}
