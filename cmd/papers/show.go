package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/papers-search/papers/index"
)

func (a *app) showCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID",
		Short: "Show a paper's whole digest entry",
		Args:  args(1, 1, "one arXiv id, such as 2409.03810"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runShow(cmd.Context(), args[0], asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the paper as JSON")
	return cmd
}

func (a *app) runShow(ctx context.Context, id string, asJSON bool) error {
	ix, err := a.openForReading(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	p, err := ix.Get(ctx, strings.TrimSpace(id))
	if errors.Is(err, index.ErrNotFound) {
		return &exitError{code: 1, msg: fmt.Sprintf("no paper with id %q in the index: "+
			"check the id, or find it with papers search", id)}
	}
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.stdout, p)
	}

	pr := a.newPrinter()
	w := a.stdout
	fmt.Fprintln(w, pr.style(ansiBold, p.DisplayTitle))
	fmt.Fprintf(w, "id:      %s\n", p.ID)
	fmt.Fprintf(w, "url:     %s\n", p.URL)
	if p.Image != "" {
		fmt.Fprintf(w, "image:   %s\n", p.Image)
	}
	if p.Video != "" {
		fmt.Fprintf(w, "video:   %s\n", p.Video)
	}
	var dates []string
	for _, d := range p.Dates {
		dates = append(dates, d.Format("2006-01-02"))
	}
	fmt.Fprintf(w, "dates:   %s\n", strings.Join(dates, ", "))
	if p.Votes != nil {
		fmt.Fprintf(w, "votes:   %d\n", *p.Votes)
	} else {
		fmt.Fprintln(w, "votes:   unknown")
	}
	fmt.Fprintf(w, "authors: %s\n", authorList(p.Authors, len(p.Authors)))
	if p.Title != p.DisplayTitle {
		fmt.Fprintf(w, "title as written: %s\n", p.Title)
	}
	fmt.Fprintf(w, "source:  %s:%d\n", p.Source.File, p.Source.Line)

	for _, s := range p.Sections {
		label := s.Label
		if label == "" {
			label = "Summary"
		}
		fmt.Fprintf(w, "\n%s\n%s\n", pr.style(ansiBold, label), s.Text)
	}
	return nil
}
