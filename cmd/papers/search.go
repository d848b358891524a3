package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/papers-search/papers/query"
)

type searchOptions struct {
	request  query.Request
	minVotes int
	facets   []string
	json     bool
	jsonl    bool
	explain  bool
}

const searchHelp = `Search finds papers whose title, summary or authors match QUERY, in Korean or
English. Results are ranked by text relevance blended with votes: among papers
that match about equally well, the more voted one comes first.

Query syntax:
  diffusion transformer      papers matching the words (short queries need all
                             words; longer ones rank papers matching more first)
  "확산 모델"                 a phrase, in order; particles do not matter
  -word  -"a phrase"         exclude papers matching it
  a OR b                     either term; binds tighter than the space: a OR b c
                             means (a OR b) and c
  ( ... )                    grouping, and -( ... ) to exclude a group
  title:word  title:"..."    search the title only
  author:"Zhiyuan Liu"       exact author, ignoring case and accents
  author:zhiyuan*            authors starting with a prefix
  id:2409.03810              one paper
  votes:>=50  votes:10..100  vote counts (also >, <, <=, exact)
  date:2024-09               a year, month or day; ranges date:2024-09-01..2024-09-30,
  date:>=2025-01             open ranges with >=, >, <=, <, or an empty side of ..
  section:technical          search only one summary section: new, technical,
                             performance or other

Flags combine with the syntax; --author is repeatable and matches any of the names.`

func (a *app) searchCmd() *cobra.Command {
	var opts searchOptions
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Search papers in Korean or English",
		Long:  searchHelp,
		Args:  args(1, -1, "a query, such as papers search \"diffusion transformer\""),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := opts.complete(cmd, args); err != nil {
				return err
			}
			return a.runSearch(cmd.Context(), opts)
		},
	}
	f := cmd.Flags()
	f.IntVar(&opts.request.Limit, "limit", 10, "number of hits per page")
	f.IntVar(&opts.request.Page, "page", 1, "page number, from 1")
	f.StringVar(&opts.request.After, "after", "", "cursor: the next value of a previous --json result")
	f.StringArrayVar(&opts.request.Filters.Authors, "author", nil, "only papers by this author (repeatable; any of them)")
	f.StringVar(&opts.request.Filters.Since, "since", "", "only papers from this date on (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.StringVar(&opts.request.Filters.Until, "until", "", "only papers up to this date, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
	f.IntVar(&opts.minVotes, "min-votes", 0, "only papers with at least this many votes")
	f.StringSliceVar(&opts.facets, "facet", nil, "facets to show after the hits: author, month, votes, section (comma-separated)")
	f.IntVar(&opts.request.FacetSize, "facet-size", 10, "entries per facet")
	f.StringVar(&opts.request.Sort, "sort", "relevance", "order: relevance (blended with votes), votes or date")
	f.BoolVar(&opts.json, "json", false, "print the result as one JSON document")
	f.BoolVar(&opts.jsonl, "jsonl", false, "print one JSON hit per line")
	f.BoolVar(&opts.explain, "explain", false, "show each hit's text score, vote factor and final score")
	return cmd
}

// complete checks the flags and fills the request from them and the query words.
func (opts *searchOptions) complete(cmd *cobra.Command, args []string) error {
	for _, flag := range []struct {
		name  string
		value int
	}{{"limit", opts.request.Limit}, {"page", opts.request.Page}, {"facet-size", opts.request.FacetSize}} {
		if err := positive(flag.name, flag.value); err != nil {
			return err
		}
	}

	opts.request.Query = strings.Join(args, " ")
	if cmd.Flags().Changed("min-votes") {
		opts.request.Filters.MinVotes = &opts.minVotes
	}
	for _, f := range opts.facets {
		for _, name := range strings.Split(f, ",") {
			if name = strings.TrimSpace(name); name != "" {
				opts.request.Facets = append(opts.request.Facets, name)
			}
		}
	}
	opts.request.Explain = opts.explain
	return nil
}

func (a *app) runSearch(ctx context.Context, opts searchOptions) error {
	if opts.json && opts.jsonl {
		return fmt.Errorf("%w: --json and --jsonl exclude each other: pick one", errUsage)
	}
	if opts.jsonl && len(opts.request.Facets) > 0 {
		return fmt.Errorf("%w: --jsonl prints hits only and has no place for facets: use --json", errUsage)
	}
	if opts.request.After != "" && opts.request.Page > 1 {
		return fmt.Errorf("%w: --after and --page both choose the page: use one", errUsage)
	}
	ix, err := a.openForReading(ctx)
	if err != nil {
		return err
	}
	defer ix.Close()

	res, err := query.Search(ctx, ix, opts.request)
	if err != nil {
		return err
	}
	switch {
	case opts.json:
		return writeJSON(a.stdout, res)
	case opts.jsonl:
		enc := json.NewEncoder(a.stdout)
		enc.SetEscapeHTML(false)
		for _, h := range res.Hits {
			if err := enc.Encode(h); err != nil {
				return fmt.Errorf("write hit %s: %w", h.ID, err)
			}
		}
		return nil
	}
	p := a.newPrinter()
	p.result(res, opts.request, opts.explain)
	return nil
}
