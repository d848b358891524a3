package main

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

func (a *app) glossaryCmd() *cobra.Command {
	var asJSON bool
	var top int
	cmd := &cobra.Command{
		Use:   "glossary [TERM]",
		Short: "List the Korean-English term pairs mined from the digests",
		Long: `Glossary lists the term pairs that papers mined from the digests, such as
확산 모델 ↔ diffusion models, with the number of papers that wrote each pair.
Searches use them to find papers written in the other language. With TERM, only
the pairs that contain it in either language.`,
		Args: args(0, 1, "at most one term"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runGlossary(cmd.Context(), strings.Join(args, " "), top, asJSON)
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the pairs as JSON")
	cmd.Flags().IntVar(&top, "top", 50, "number of pairs to list, most frequent first")
	return cmd
}

func (a *app) runGlossary(ctx context.Context, term string, top int, asJSON bool) error {
	ix, err := a.openForReading(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()
	g, err := ix.Glossary()
	if err != nil {
		return err
	}

	pairs := g.Pairs()
	if term != "" {
		pairs = g.Lookup(term)
	}
	if top > 0 && len(pairs) > top {
		pairs = pairs[:top]
	}
	if asJSON {
		return writeJSON(a.stdout, pairs)
	}

	if len(pairs) == 0 {
		fmt.Fprintf(a.stdout, "no glossary pairs contain %q\n", term)
		return nil
	}
	for _, p := range pairs {
		en := p.English
		if p.Acronym != "" {
			en += " (" + p.Acronym + ")"
		}
		fmt.Fprintf(a.stdout, "%5d  %s ↔ %s\n", p.Count, p.Korean, en)
	}
	return nil
}

func (a *app) authorsCmd() *cobra.Command {
	var top int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "authors [QUERY]",
		Short: "List the most frequent authors, over all papers or over a query's matches",
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := positive("top", top); err != nil {
				return err
			}
			req := query.Request{Query: strings.Join(args, " "), Limit: 1,
				Facets: []string{query.FacetAuthor}, FacetSize: top}
			ix, err := a.openForReading(cmd.Context())
			if err != nil {
				return err
			}
			defer ix.Close()
			res, err := query.Search(cmd.Context(), ix, req)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, res.Facets[query.FacetAuthor])
			}
			for _, c := range res.Facets[query.FacetAuthor] {
				fmt.Fprintf(a.stdout, "%5d  %s\n", c.Count, c.Term)
			}
			return nil
		},
	}
	cmd.Flags().IntVar(&top, "top", 20, "number of authors to list")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the authors as JSON")
	return cmd
}

func (a *app) similarCmd() *cobra.Command {
	var limit int
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "similar ID",
		Short: "List the papers most like a paper",
		Args:  args(1, 1, "one arXiv id, such as 2409.03810"),
		RunE: func(cmd *cobra.Command, args []string) error {
			ix, err := a.openForReading(cmd.Context())
			if err != nil {
				return err
			}
			defer ix.Close()
			if err := positive("limit", limit); err != nil {
				return err
			}
			res, err := query.Similar(cmd.Context(), ix, args[0], limit)
			if errors.Is(err, index.ErrNotFound) {
				return &exitError{code: 1, msg: fmt.Sprintf("no paper with id %q in the index: "+
					"check the id, or find it with papers search", args[0])}
			}
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(a.stdout, res)
			}
			a.newPrinter().result(res, query.Request{Limit: limit}, false)
			return nil
		},
	}
	cmd.Flags().IntVar(&limit, "limit", 10, "number of papers")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the result as one JSON document")
	return cmd
}
