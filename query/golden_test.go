package query_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden from the current results")

const goldenDir = "../testdata/golden"

// sampleIndex builds an in-memory index of the sample digests.
func sampleIndex(t testing.TB) *index.Index {
	t.Helper()
	sources, errs := index.FindDigests([]string{"../testdata/digests"})
	if len(errs) > 0 {
		t.Fatalf("FindDigests(../testdata/digests): %v", errs)
	}
	ix, err := index.NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if _, err := ix.Build(context.Background(), sources, nil); err != nil {
		t.Fatalf("Build(sample digests): %v", err)
	}
	return ix
}

// goldenCase is one request whose result is compared with
// testdata/golden/NAME.json. want lists ids that must be among the hits and
// reject ids that must not, so that a regenerated golden file cannot hide a
// wrong result.
type goldenCase struct {
	name   string
	req    query.Request
	want   []string
	reject []string
	total  int    // exact hit count when above 0
	mark   string // text that some hit's SnippetHTML must contain
}

var goldenCases = []goldenCase{
	// Ranking: strong matches with few votes against weak ones with many.
	{name: "words-diffusion-transformer", req: query.Request{Query: "diffusion transformer",
		Facets: []string{query.FacetAuthor, query.FacetMonth, query.FacetVotes, query.FacetSection}},
		want: []string{"2503.16057", "2412.16112"}},
	{name: "words-gaussian-splatting", req: query.Request{Query: "gaussian splatting"},
		want: []string{"2403.18795", "2311.12775"}},
	{name: "words-mixture-of-experts", req: query.Request{Query: "mixture of experts"},
		want: []string{"2410.19123"}},
	{name: "words-llm-reasoning-korean", req: query.Request{Query: "LLM 추론"},
		want: []string{"2410.04698"}},

	// Syntax forms.
	{name: "phrase", req: query.Request{Query: `"diffusion transformer"`},
		want: []string{"2503.16057"}},
	{name: "phrase-korean", req: query.Request{Query: `"확산 모델"`},
		want: []string{"2403.03100"}, mark: "<mark>모델</mark>을"},
	{name: "exclude-word", req: query.Request{Query: "diffusion transformer -video"},
		want: []string{"2412.01199"}, reject: []string{"2312.04557"}},
	// The stop word "of" leaves a gap that the phrase must still span.
	{name: "phrase-stop-word", req: query.Request{Query: `"mixture of experts"`},
		want: []string{"2503.16057", "2410.19123"}},
	{name: "exclude-phrase", req: query.Request{Query: `transformer -"전문가 혼합"`},
		want: []string{"2412.01199"}, reject: []string{"2503.16057"}},
	{name: "or", req: query.Request{Query: "splatting OR tts", Limit: 30},
		want: []string{"2403.18795", "2406.18009"}},
	{name: "parentheses", req: query.Request{Query: "(speech OR tts) -(naturalspeech OR e2)"},
		want: []string{"2312.03491"}, reject: []string{"2403.03100", "2406.18009"}},
	{name: "title", req: query.Request{Query: "title:reasoning"},
		want: []string{"2410.04698"}},
	{name: "author-exact-folded", req: query.Request{Query: `author:"antoine guedon"`},
		want: []string{"2311.12775"}, total: 1},
	{name: "author-prefix", req: query.Request{Query: "author:xinchao*"},
		want: []string{"2412.01199", "2412.16112"}, total: 5},
	{name: "id", req: query.Request{Query: "id:2412.16112"},
		want: []string{"2412.16112"}, total: 1},
	{name: "votes-min", req: query.Request{Query: "votes:>=40", Sort: query.SortVotes},
		want: []string{"2406.07550", "2501.01895"}, reject: []string{"2412.16112"}},
	{name: "votes-range", req: query.Request{Query: "votes:10..12", Sort: query.SortVotes},
		want: []string{"2503.16057", "2412.16112", "2410.19123"}, reject: []string{"2412.01199"}},
	{name: "date-month", req: query.Request{Query: "date:2024-06", Limit: 20},
		want: []string{"2406.07550"}, reject: []string{"2403.18795"}},
	{name: "date-range", req: query.Request{Query: "transformer date:2024-06-01..2024-10-16"},
		want: []string{"2406.08552"}, reject: []string{"2412.01199"}},
	{name: "date-open", req: query.Request{Query: "date:>=2025-01 diffusion"},
		want: []string{"2503.16057"}, reject: []string{"2412.16112"}},
	{name: "section-technical", req: query.Request{Query: "section:technical 어텐션"},
		want: []string{"2406.08552"}, mark: "<mark>어텐션</mark>"},

	// Facets, filters combined with the syntax, and sort orders.
	{name: "facets-all", req: query.Request{Limit: 3,
		Facets: []string{query.FacetAuthor, query.FacetMonth, query.FacetVotes, query.FacetSection}},
		total: 54},
	{name: "filters-with-syntax", req: query.Request{Query: "diffusion -video",
		Filters: query.Filters{Authors: []string{"Xinchao Wang"}, Since: "2024-12",
			Until: "2025-02", MinVotes: intPtr(10)},
		Facets: []string{query.FacetAuthor}},
		want: []string{"2412.01199", "2412.16112"}},
	{name: "sort-votes", req: query.Request{Query: "transformer", Sort: query.SortVotes}},
	{name: "sort-date", req: query.Request{Query: "transformer", Sort: query.SortDate}},
	{name: "page-2", req: query.Request{Query: "diffusion", Limit: 5, Page: 2}},
}

func intPtr(n int) *int { return &n }

// golden is the part of a Result that the golden files record. Scores are
// rounded so that a change in the last bits of BM25 does not churn them.
type golden struct {
	Query  string                 `json:"query"`
	Total  uint64                 `json:"total"`
	Hits   []goldenHit            `json:"hits"`
	Facets map[string]query.Facet `json:"facets,omitempty"`
}

type goldenHit struct {
	ID      string  `json:"id"`
	Score   float64 `json:"score"`
	Section string  `json:"section,omitempty"`
	Snippet string  `json:"snippet_html"`
}

func goldenOf(res *query.Result) golden {
	g := golden{Query: res.Query, Total: res.Total, Hits: []goldenHit{}, Facets: res.Facets}
	for _, h := range res.Hits {
		g.Hits = append(g.Hits, goldenHit{ID: h.ID, Score: math.Round(h.Score*1e4) / 1e4,
			Section: h.Section, Snippet: h.SnippetHTML})
	}
	return g
}

func TestGolden(t *testing.T) {
	ix := sampleIndex(t)
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			res, err := query.Search(context.Background(), ix, tc.req)
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.req.Query, err)
			}
			checkIDs(t, tc, res)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(goldenOf(res)); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join(goldenDir, tc.name+".json")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("read golden file: %v; create it with go test ./query/ -run Golden -update", err)
			}
			if line, g, w := firstDiff(string(got), string(want)); line > 0 {
				t.Errorf("Search(%q) differs from %s at line %d:\ngot:  %s\nwant: %s\n"+
					"if the change is intended, regenerate with -update", tc.req.Query, path, line, g, w)
			}
		})
	}
}

// firstDiff returns the 1-based number of the first line where got and want
// differ, with both lines, or 0 when they are equal.
func firstDiff(got, want string) (int, string, string) {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < max(len(g), len(w)); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return i + 1, gl, wl
		}
	}
	return 0, "", ""
}

func checkIDs(t *testing.T, tc goldenCase, res *query.Result) {
	t.Helper()
	ids := strings.Join(hitIDs(res), " ")
	for _, id := range tc.want {
		if !strings.Contains(ids, id) {
			t.Errorf("Search(%q) hits = [%s], want %s among them", tc.req.Query, ids, id)
		}
	}
	for _, id := range tc.reject {
		if strings.Contains(ids, id) {
			t.Errorf("Search(%q) hits = [%s], want no %s", tc.req.Query, ids, id)
		}
	}
	if tc.total > 0 && res.Total != uint64(tc.total) {
		t.Errorf("Search(%q) total = %d, want %d", tc.req.Query, res.Total, tc.total)
	}
	if tc.mark == "" {
		return
	}
	for _, h := range res.Hits {
		if strings.Contains(h.SnippetHTML, tc.mark) {
			return
		}
	}
	t.Errorf("Search(%q): no snippet contains %q", tc.req.Query, tc.mark)
}

// TestVotesDoNotOverrideRelevance checks the pairs of the sample digests where a
// strong match has few votes and a weak match, one passing mention, has many.
func TestVotesDoNotOverrideRelevance(t *testing.T) {
	ix := sampleIndex(t)
	tests := []struct {
		query        string
		strong, weak []string
	}{
		{"diffusion transformer", []string{"2503.16057", "2412.16112"}, []string{"2406.07550"}},
		{"gaussian splatting", []string{"2403.18795"}, []string{"2501.01895"}},
		{"mixture of experts", []string{"2410.19123"}, []string{"2403.09611"}},
		{"LLM 추론", []string{"2410.04698"}, []string{"2411.15124"}},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			res, err := query.Search(context.Background(), ix, query.Request{Query: tc.query, Limit: 60})
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.query, err)
			}
			rank := map[string]int{}
			for i, h := range res.Hits {
				rank[h.ID] = i + 1
			}
			for _, s := range tc.strong {
				if rank[s] == 0 {
					t.Errorf("Search(%q) misses strong match %s", tc.query, s)
					continue
				}
				for _, w := range tc.weak {
					if rank[w] != 0 && rank[w] < rank[s] {
						t.Errorf("Search(%q) ranks weak %s at %d above strong %s at %d",
							tc.query, w, rank[w], s, rank[s])
					}
				}
			}
		})
	}
}

// TestPageCursorMatchesPage checks that the next-page cursor of every sort
// order gives the same page as the page number.
func TestPageCursorMatchesPage(t *testing.T) {
	ix := sampleIndex(t)
	ctx := context.Background()
	for _, sort := range []string{query.SortRelevance, query.SortVotes, query.SortDate} {
		t.Run(sort, func(t *testing.T) {
			req := query.Request{Query: "diffusion", Sort: sort, Limit: 4}
			first, err := query.Search(ctx, ix, req)
			if err != nil {
				t.Fatalf("Search(page 1): %v", err)
			}
			if first.Next == "" {
				t.Fatalf("Search(page 1) next cursor is empty with total %d", first.Total)
			}
			byPage := req
			byPage.Page = 2
			want, err := query.Search(ctx, ix, byPage)
			if err != nil {
				t.Fatalf("Search(page 2): %v", err)
			}
			byCursor := req
			byCursor.After = first.Next
			got, err := query.Search(ctx, ix, byCursor)
			if err != nil {
				t.Fatalf("Search(after cursor): %v", err)
			}
			g, w := strings.Join(hitIDs(got), " "), strings.Join(hitIDs(want), " ")
			if g != w || g == "" {
				t.Errorf("page 2 by cursor = [%s], by Page = [%s]", g, w)
			}
		})
	}
}

func TestSearchSyntaxErrors(t *testing.T) {
	ix := sampleIndex(t)
	tests := []struct {
		query  string
		column int
	}{
		{`diffusion "transformer`, 11},
		{"(gaussian splatting", 1},
		{"확산 모델)", 6},
		{"votes:>=many", 7},
		{"date:2024-13", 6},
		{"color:red", 1},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			_, err := query.Search(context.Background(), ix, query.Request{Query: tc.query})
			var se *query.SyntaxError
			if !errors.As(err, &se) {
				t.Fatalf("Search(%q) error = %v, want a *query.SyntaxError", tc.query, err)
			}
			if se.Column != tc.column {
				t.Errorf("Search(%q) column = %d, want %d (%v)", tc.query, se.Column, tc.column, se)
			}
			if !strings.Contains(se.Error(), fmt.Sprintf("column %d", se.Column)) {
				t.Errorf("Search(%q) error %q does not name its column", tc.query, se)
			}
		})
	}
}
