package main

import (
	"context"
	"errors"
	"fmt"

	papers "github.com/papers-search/papers"
	"github.com/papers-search/papers/index"
)

// openForReading opens the configured index read-only. When there is none, it
// builds an in-memory index from the sample digests compiled into the binary
// and prints a note about it on stderr.
func (a *app) openForReading(ctx context.Context) (*index.Index, error) {
	path := a.resolveIndexPath()
	ix, err := index.Open(ctx, path, index.Options{ReadOnly: true})
	if err == nil {
		return ix, nil
	}
	if !errors.Is(err, index.ErrNoIndex) {
		return nil, err
	}

	ix, err = index.NewMemory()
	if err != nil {
		return nil, err
	}
	sources, err := index.FSDigests(papers.Samples())
	if err != nil {
		ix.Close()
		return nil, err
	}
	sum, err := ix.Build(ctx, sources, nil)
	if err != nil {
		ix.Close()
		return nil, fmt.Errorf("build sample index: %w", err)
	}
	fmt.Fprintf(a.stderr, "papers: no index at %s; searching the %d sample papers built into papers. "+
		"Index your digests with: papers index FOLDER\n", path, sum.Papers)
	return ix, nil
}
