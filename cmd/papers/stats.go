package main

import (
	"context"
	"fmt"

	"github.com/spf13/cobra"
)

func (a *app) statsCmd() *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "stats",
		Short: "Count the papers, files and authors of the index",
		Args:  args(0, 0, "no arguments"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runStats(cmd.Context(), asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the counts as JSON")
	return cmd
}

func (a *app) runStats(ctx context.Context, asJSON bool) error {
	ix, err := a.openForReading(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	st, err := ix.Stats(ctx)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(a.stdout, st)
	}
	if st.Path == "" {
		st.Path = "(built-in samples)"
	}
	if st.FirstDate == "" {
		st.FirstDate, st.LastDate = "none", "none"
	}
	fmt.Fprintf(a.stdout, "index:    %s\npapers:   %d\nfiles:    %d\nauthors:  %d\ndates:    %s to %s\nglossary: %d pairs\n",
		st.Path, st.Papers, st.Files, st.Authors, st.FirstDate, st.LastDate, st.Glossary)
	return nil
}
