package main

import (
	"context"
	"fmt"
	"io"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/papers-search/papers/index"
)

type indexOptions struct {
	paths []string
}

func (a *app) indexCmd() *cobra.Command {
	var opts indexOptions
	cmd := &cobra.Command{
		Use:   "index PATH...",
		Short: "Index digest files or folders of them",
		Long: `Index reads digest files (.md) and folders, recursively, and adds their papers
to the index. A paper already in the index is merged with the new entry: the
later digest's fields win and both dates are kept.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return a.runIndex(cmd.Context(), opts)
		},
	}
	return cmd
}

func (a *app) runIndex(ctx context.Context, opts indexOptions) error {
	path := a.resolveIndexPath()
	sources, errs := index.FindDigests(opts.paths)
	for _, err := range errs {
		fmt.Fprintln(a.stderr, "papers: error:", err)
	}

	ix, err := index.OpenOrCreate(ctx, path)
	if err != nil {
		return err
	}
	defer ix.Close()

	var bar *progressbar.ProgressBar
	progress := func(done, total int) {}
	if isTerminal(a.stderr) {
		progress = func(done, total int) {
			if bar == nil {
				bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(a.stderr),
					progressbar.OptionSetDescription("indexing"), progressbar.OptionShowCount(),
					progressbar.OptionClearOnFinish())
			}
			_ = bar.Set(done)
		}
	}
	sum, err := ix.Build(ctx, sources, progress)
	if bar != nil {
		_ = bar.Finish()
	}
	for _, w := range sum.Warnings {
		fmt.Fprintln(a.stderr, "papers: warning:", w)
	}
	for _, e := range sum.Errors {
		fmt.Fprintln(a.stderr, "papers: error:", e)
	}
	if err != nil {
		return err
	}
	printSummary(a.stdout, sum, len(errs))
	if len(sum.Errors)+len(errs) > 0 {
		return &exitError{code: 1}
	}
	return nil
}

func printSummary(w io.Writer, sum index.Summary, walkErrors int) {
	fmt.Fprintf(w, "indexed %d papers from %d files (%d entries), %d warnings, %d errors\n",
		sum.Papers, sum.Files, sum.Entries, len(sum.Warnings), len(sum.Errors)+walkErrors)
}
