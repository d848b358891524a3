package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/papers-search/papers/index"
)

func (a *app) checkCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Verify the index against the digest files it was built from",
		Long: `Check compares the index with digest files and folders, or with the files
recorded when it was built when no PATH is given. It lists paper ids missing
from the index, ids that no file has, and files changed since indexing, and
exits with status 1 when there are any.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCheck(cmd.Context(), args)
		},
	}
}

func (a *app) runCheck(ctx context.Context, paths []string) error {
	var sources []index.Source
	if len(paths) > 0 {
		var errs []error
		sources, _, errs = index.Find(paths)
		if len(errs) > 0 {
			return errs[0]
		}
	}
	path := a.resolveIndexPath()
	ix, err := index.Open(ctx, path, index.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer ix.Close()
	r, err := ix.Check(ctx, sources)
	if err != nil {
		return err
	}

	fmt.Fprintf(a.stdout, "index %s: %d papers, %d expected from %d files\n",
		path, r.Papers, r.Expected, r.Files)
	list(a, "missing from the index", r.Missing)
	list(a, "in no file", r.Extra)
	list(a, "changed or deleted since indexing", r.Changed)
	list(a, "not indexed", r.New)
	if !r.OK() {
		return &exitError{code: 1,
			msg: "index is out of date: run papers index FOLDER again; add --prune to drop the papers " +
				"of deleted files, or use --rebuild to build the index anew"}
	}
	fmt.Fprintln(a.stdout, "ok")
	return nil
}

// list prints up to 20 items under a heading, so that a large gap stays readable.
func list(a *app, heading string, items []string) {
	if len(items) == 0 {
		return
	}
	fmt.Fprintf(a.stdout, "%d %s:\n", len(items), heading)
	shown := items[:min(len(items), 20)]
	fmt.Fprintf(a.stdout, "  %s\n", strings.Join(shown, "\n  "))
	if len(items) > len(shown) {
		fmt.Fprintf(a.stdout, "  ... and %d more\n", len(items)-len(shown))
	}
}
