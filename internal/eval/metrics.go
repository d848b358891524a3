package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

// querySet is one judged query file: each query with the ids of its relevant papers.
type querySet struct {
	name    string
	queries []judgedQuery
}

type judgedQuery struct {
	text     string
	relevant map[string]bool
}

// metrics are the averages over a query set.
type metrics struct {
	mrr10, success10, precision10, recall100 float64
	medianLatency                            time.Duration
}

// readQueries reads a tab-separated file: query, comma-separated relevant ids,
// and optional further columns; lines starting with # are comments.
func readQueries(path string) (querySet, error) {
	f, err := os.Open(path)
	if err != nil {
		return querySet{}, fmt.Errorf("read queries: %w", err)
	}
	defer f.Close()
	qs := querySet{name: strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return qs, fmt.Errorf("%s:%d: want query<TAB>ids, got %q", path, n, line)
		}
		jq := judgedQuery{text: cols[0], relevant: map[string]bool{}}
		for _, id := range strings.Split(cols[1], ",") {
			if id = strings.TrimSpace(id); id != "" {
				jq.relevant[id] = true
			}
		}
		qs.queries = append(qs.queries, jq)
	}
	if err := sc.Err(); err != nil {
		return qs, fmt.Errorf("read %s: %w", path, err)
	}
	return qs, nil
}

// evaluate runs every query of qs against ix with the default ranking.
func evaluate(ctx context.Context, ix *index.Index, qs querySet, verbose bool, w io.Writer) (metrics, error) {
	var m metrics
	var latencies []time.Duration
	for _, q := range qs.queries {
		start := time.Now()
		res, err := query.Search(ctx, ix, query.Request{Query: q.text, Limit: 100})
		if err != nil {
			return m, fmt.Errorf("query %q: %w", q.text, err)
		}
		latencies = append(latencies, time.Since(start))

		first, in10, in100 := 0, 0, 0
		for i, h := range res.Hits {
			if !q.relevant[h.ID] {
				continue
			}
			if first == 0 {
				first = i + 1
			}
			if i < 10 {
				in10++
			}
			in100++
		}
		if first > 0 && first <= 10 {
			m.mrr10 += 1 / float64(first)
			m.success10++
		}
		m.precision10 += float64(in10) / 10
		m.recall100 += float64(in100) / float64(len(q.relevant))
		if verbose {
			fmt.Fprintf(w, "  %-50s first=%d p10=%d/10 r100=%d/%d total=%d\n", q.text, first, in10, in100, len(q.relevant), res.Total)
		}
	}
	n := float64(len(qs.queries))
	m.mrr10 /= n
	m.success10 /= n
	m.precision10 /= n
	m.recall100 /= n
	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	m.medianLatency = latencies[len(latencies)/2]
	return m, nil
}

func writeTable(w io.Writer, qs querySet, analyzers []string, ms []metrics) {
	fmt.Fprintf(w, "%s (%d queries)\n\n", qs.name, len(qs.queries))
	fmt.Fprintln(w, "| analyzer | MRR@10 | success@10 | P@10 | R@100 | median latency |")
	fmt.Fprintln(w, "| --- | --- | --- | --- | --- | --- |")
	for i, m := range ms {
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %.1f ms |\n", analyzers[i],
			m.mrr10, m.success10, m.precision10, m.recall100,
			float64(m.medianLatency.Microseconds())/1000)
	}
	fmt.Fprintln(w)
}
