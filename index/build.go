package index

import (
	"context"
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
	// Open returns the file's content.
	Open func() (io.ReadCloser, error)
}

// Summary reports what a build read and wrote.
type Summary struct {
	Files    int       // digest files read
	Entries  int       // paper entries found in them
	Papers   int       // distinct papers written to the index
	Warnings []Warning // problems that did not stop the build
	Errors   []error   // files that could not be read
}

// FindDigests lists the digest files under paths: each path is a .md file or a
// folder searched recursively for .md files. Symbolic links to folders are not
// followed, so a link loop cannot trap the walk. Unreadable folders and missing
// paths are returned as errors while the rest is still listed.
func FindDigests(paths []string) ([]Source, []error) {
	var sources []Source
	var errs []error
	seen := map[string]bool{}
	add := func(path string) {
		if seen[path] {
			return
		}
		seen[path] = true
		sources = append(sources, Source{Name: path, Open: func() (io.ReadCloser, error) {
			return os.Open(path)
		}})
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
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".md") && d.Type().IsRegular() {
				add(path)
			}
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("walk %s: %w", root, err))
		}
	}
	sort.Slice(sources, func(i, j int) bool { return sources[i].Name < sources[j].Name })
	return sources, errs
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

// Build reads sources and writes their papers to the index. A paper already in
// the index is merged with the new entry: the later date's fields win and the
// dates are joined. progress, when not nil, is called after each batch.
func (ix *Index) Build(ctx context.Context, sources []Source, progress func(done, total int)) (Summary, error) {
	papers, sum, err := ReadAll(ctx, sources)
	if err != nil {
		return sum, err
	}
	n, err := ix.Count()
	if err != nil {
		return sum, err
	}
	for i := range papers {
		if n == 0 {
			break
		}
		old, err := ix.Get(ctx, papers[i].ID)
		if errors.Is(err, ErrNotFound) {
			continue
		}
		if err != nil {
			return sum, err
		}
		papers[i] = Merge([]Paper{*old, papers[i]})[0]
	}
	var report func(int)
	if progress != nil {
		report = func(done int) { progress(done, len(papers)) }
	}
	if err := ix.Add(ctx, papers, report); err != nil {
		return sum, err
	}
	if err := ix.recordFiles(sources); err != nil {
		return sum, err
	}
	return sum, ix.refreshGlossary(ctx)
}

// recordFiles adds the sources that were read to the index's file list.
func (ix *Index) recordFiles(sources []Source) error {
	files, err := ix.Files()
	if err != nil {
		return err
	}
	known := map[string]bool{}
	for _, f := range files {
		known[f] = true
	}
	for _, src := range sources {
		if !known[src.Name] {
			known[src.Name] = true
			files = append(files, src.Name)
		}
	}
	sort.Strings(files)
	return ix.setFiles(files)
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
