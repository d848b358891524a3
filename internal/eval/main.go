// Command eval measures search relevance on judged query sets. It indexes a
// folder of digests once per analyzer (this project's and bleve's stock
// "standard" and "cjk"), runs every query of each set and prints MRR@10,
// success@10, precision@10, recall@100 and the median query latency as a
// markdown table.
//
//	go run ./internal/eval -corpus ../shared/corpus/real \
//	    ../shared/eval/known-item-dev.tsv ../shared/eval/topics-dev.tsv
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	_ "github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	_ "github.com/blevesearch/bleve/v2/analysis/lang/cjk"

	"github.com/papers-search/papers/analyze"
	"github.com/papers-search/papers/index"
)

func main() {
	corpus := flag.String("corpus", "../shared/corpus/real", "folder of digest files to index")
	analyzers := flag.String("analyzers", analyze.Name+",standard,cjk", "comma-separated analyzers to compare")
	verbose := flag.Bool("v", false, "print each query's rank of its first relevant paper")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: eval [-corpus DIR] [-analyzers a,b] [-v] QUERIES.tsv...")
		os.Exit(2)
	}
	if err := run(context.Background(), os.Stdout, *corpus, splitComma(*analyzers), flag.Args(), *verbose); err != nil {
		fmt.Fprintln(os.Stderr, "eval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, corpus string, analyzers, sets []string, verbose bool) error {
	var judged []querySet
	for _, path := range sets {
		qs, err := readQueries(path)
		if err != nil {
			return err
		}
		judged = append(judged, qs)
	}
	sources, errs := index.FindDigests([]string{corpus})
	if len(errs) > 0 {
		return fmt.Errorf("list digests in %s: %w", corpus, errs[0])
	}

	results := map[string][]metrics{}
	for _, name := range analyzers {
		ix, err := index.NewMemoryWith(index.MappingFor(name))
		if err != nil {
			return err
		}
		start := time.Now()
		sum, err := ix.Build(ctx, sources, nil)
		if err != nil {
			ix.Close()
			return fmt.Errorf("index %s with analyzer %s: %w", corpus, name, err)
		}
		fmt.Fprintf(w, "analyzer %s: indexed %d papers in %.1f s\n", name, sum.Papers, time.Since(start).Seconds())
		for _, qs := range judged {
			m, err := evaluate(ctx, ix, qs, verbose, w)
			if err != nil {
				ix.Close()
				return err
			}
			results[qs.name] = append(results[qs.name], m)
		}
		ix.Close()
	}
	fmt.Fprintln(w)
	for _, qs := range judged {
		writeTable(w, qs, analyzers, results[qs.name])
	}
	return nil
}

func splitComma(s string) []string {
	var out []string
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ',' {
			if i > start {
				out = append(out, s[start:i])
			}
			start = i + 1
		}
	}
	return out
}
