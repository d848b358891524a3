package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"

	"github.com/papers-search/papers/index"
)

type indexOptions struct {
	paths   []string
	prune   bool
	rebuild bool
}

// batchDelayEnv names a test hook: a duration to sleep after each committed
// batch, so tests can stop or race a running index at a known point.
const batchDelayEnv = "PAPERS_TEST_BATCH_DELAY"

func (a *app) indexCmd() *cobra.Command {
	var opts indexOptions
	cmd := &cobra.Command{
		Use:   "index PATH...",
		Short: "Index digest files or folders of them",
		Long: `Index reads digest files (.md) and folders, recursively, and adds their papers
to the index. A paper found in several digests keeps the later digest's fields
and every date. Running index again reads only the files whose size or time
changed; interrupted with Ctrl-C, it stops after the current batch and the next
run finishes the work.`,
		Args: args(1, -1, "one or more digest files or folders"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.paths = args
			return a.runIndex(cmd.Context(), opts)
		},
	}
	cmd.Flags().BoolVar(&opts.prune, "prune", false,
		"remove papers of indexed files that no longer exist")
	cmd.Flags().BoolVar(&opts.rebuild, "rebuild", false,
		"build a fresh index and replace the old one only when it succeeds")
	return cmd
}

func (a *app) runIndex(ctx context.Context, opts indexOptions) error {
	path := a.resolveIndexPath()
	sources, skipped, errs := index.Find(opts.paths)
	for _, w := range skipped {
		fmt.Fprintln(a.stderr, "papers: warning:", w)
	}
	for _, err := range errs {
		fmt.Fprintln(a.stderr, "papers: error:", err)
	}

	bar := a.newIndexProgress()
	build := index.BuildOptions{Prune: opts.prune, Progress: bar.update}
	var sum index.Summary
	var err error
	if opts.rebuild {
		sum, err = index.Rebuild(ctx, path, sources, build, "papers index --rebuild")
	} else {
		sum, err = a.update(ctx, path, sources, build)
	}
	bar.finish()
	for _, w := range sum.Warnings {
		fmt.Fprintln(a.stderr, "papers: warning:", w)
	}
	for _, e := range sum.Errors {
		fmt.Fprintln(a.stderr, "papers: error:", e)
	}
	sum.Warnings = append(sum.Warnings, skipped...)
	if errors.Is(err, context.Canceled) {
		return &exitError{code: 130, msg: fmt.Sprintf(
			"stopped after %d papers; run papers index again to finish", sum.Papers)}
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

func (a *app) update(ctx context.Context, path string, sources []index.Source, build index.BuildOptions) (index.Summary, error) {
	ix, err := index.OpenOrCreateWith(ctx, path, index.Options{Command: "papers index"})
	if err != nil {
		return index.Summary{}, err
	}
	sum, err := ix.BuildWith(ctx, sources, build)
	if cerr := ix.Close(); err == nil {
		err = cerr
	}
	return sum, err
}

// indexProgress shows the papers written so far on a terminal, and sleeps
// after each batch when the test hook sets a delay.
type indexProgress struct {
	stderr   io.Writer
	terminal bool
	delay    time.Duration
	bar      *progressbar.ProgressBar
}

func (a *app) newIndexProgress() *indexProgress {
	delay, _ := time.ParseDuration(a.getenv(batchDelayEnv))
	return &indexProgress{stderr: a.stderr, terminal: isTerminal(a.stderr), delay: delay}
}

func (p *indexProgress) update(done, total int) {
	if p.terminal {
		if p.bar == nil {
			p.bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(p.stderr),
				progressbar.OptionSetDescription("papers written"),
				progressbar.OptionClearOnFinish())
		}
		_ = p.bar.Set(done)
	}
	time.Sleep(p.delay)
}

func (p *indexProgress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

func printSummary(w io.Writer, sum index.Summary, walkErrors int) {
	fmt.Fprintf(w, "indexed %d papers from %d files (%d entries, %d files unchanged), "+
		"%d removed, %d warnings, %d errors\n",
		sum.Papers, sum.Files, sum.Entries, sum.Unchanged, sum.Deleted,
		len(sum.Warnings), len(sum.Errors)+walkErrors)
}
