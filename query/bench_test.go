package query_test

import (
	"context"
	"os"
	"testing"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

// realCorpus contains the real digests. Their licence forbids copying them into
// the repository, so the benchmark reads them in place and skips without them.
const realCorpus = "../../shared/corpus/real"

// corpusIndex builds an in-memory index of realCorpus, or skips the benchmark.
func corpusIndex(b *testing.B) *index.Index {
	b.Helper()
	if _, err := os.Stat(realCorpus); err != nil {
		b.Skipf("real corpus not found at %s: the search benchmark needs its digest files",
			realCorpus)
	}
	sources, errs := index.FindDigests([]string{realCorpus})
	if len(errs) > 0 {
		b.Fatalf("FindDigests(%s): %v", realCorpus, errs)
	}
	ix, err := index.NewMemory()
	if err != nil {
		b.Fatalf("NewMemory: %v", err)
	}
	b.Cleanup(func() { ix.Close() })
	if _, err := ix.Build(context.Background(), sources, nil); err != nil {
		b.Fatalf("Build(%s): %v", realCorpus, err)
	}
	return ix
}

// BenchmarkSearch measures one query.Search on the whole real corpus, from the
// query string to the page of 10 hits with snippets.
func BenchmarkSearch(b *testing.B) {
	ix := corpusIndex(b)
	minVotes := 10
	cases := []struct {
		name string
		req  query.Request
	}{
		{"english", query.Request{Query: "diffusion transformer"}},
		{"korean", query.Request{Query: "확산 모델"}},
		{"korean_sentence", query.Request{Query: "긴 문맥을 처리하는 효율적인 어텐션 메커니즘 연구"}},
		{"facet_filter", query.Request{
			Query:   "language model",
			Filters: query.Filters{Since: "2024-06", MinVotes: &minVotes},
			Facets:  []string{query.FacetAuthor},
		}},
		{"sort_votes", query.Request{Query: "확산 모델", Sort: query.SortVotes}},
	}
	ctx := context.Background()
	for _, tc := range cases {
		b.Run(tc.name, func(b *testing.B) {
			// A query that matches nothing would time an empty result, so the
			// benchmark fails instead of reporting a misleading figure.
			res, err := query.Search(ctx, ix, tc.req)
			if err != nil {
				b.Fatalf("Search(%q) error: %v", tc.req.Query, err)
			}
			if len(res.Hits) == 0 {
				b.Fatalf("Search(%q) = 0 hits, want some on the real corpus", tc.req.Query)
			}
			if len(tc.req.Facets) > 0 && len(res.Facets[query.FacetAuthor]) == 0 {
				b.Fatalf("Search(%q) author facet is empty, want entries", tc.req.Query)
			}

			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				if _, err := query.Search(ctx, ix, tc.req); err != nil {
					b.Fatalf("Search(%q) error: %v", tc.req.Query, err)
				}
			}
		})
	}
}
