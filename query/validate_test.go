package query_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/papers-search/papers/query"
)

func TestSearchRejectsBadRequests(t *testing.T) {
	ix := sampleIndex(t)
	tests := []struct {
		name string
		req  query.Request
		want string
	}{
		{"stop words only", query.Request{Query: "the of"}, "no searchable words"},
		{"korean particles only", query.Request{Query: "의 를 을"}, "no searchable words"},
		{"punctuation only", query.Request{Query: "!!!"}, "no searchable words"},
		{"limit too large", query.Request{Query: "diffusion", Limit: query.MaxLimit + 1}, "limit"},
		{"negative limit", query.Request{Query: "diffusion", Limit: -1}, "limit"},
		{"page overflows", query.Request{Query: "diffusion", Page: 922337203685477581}, "page"},
		{"query too long", query.Request{Query: strings.Repeat("a ", query.MaxQueryLength)}, "bytes"},
		{"bad cursor", query.Request{Query: "diffusion", After: "garbage"}, "cursor"},
		{"bad since", query.Request{Query: "diffusion", Filters: query.Filters{Since: "2024-99"}}, "--since"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := query.Search(context.Background(), ix, tc.req)
			if !errors.Is(err, query.ErrBadRequest) {
				t.Fatalf("Search(%+v) error = %v, want one wrapping ErrBadRequest", tc.req, err)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Search(%+v) error = %q, want it to mention %q", tc.req, err, tc.want)
			}
		})
	}
}

func TestSearchStopWordsWithFilterMatch(t *testing.T) {
	ix := sampleIndex(t)
	res, err := query.Search(context.Background(), ix, query.Request{Query: "the votes:>=50"})
	if err != nil {
		t.Fatalf("Search(the votes:>=50) error = %v, want nil", err)
	}
	if res.Total == 0 {
		t.Errorf("Search(the votes:>=50) total = 0, want the papers with 50 votes or more")
	}
}

func TestExcludedWordKeepsOrder(t *testing.T) {
	ix := sampleIndex(t)
	ctx := context.Background()
	all, err := query.Search(ctx, ix, query.Request{Query: "diffusion transformer model", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}
	some, err := query.Search(ctx, ix, query.Request{Query: "diffusion transformer model -video", Limit: 50})
	if err != nil {
		t.Fatal(err)
	}

	kept := map[string]bool{}
	for _, h := range some.Hits {
		kept[h.ID] = true
	}
	var want []string
	for _, h := range all.Hits {
		if kept[h.ID] {
			want = append(want, h.ID)
		}
	}

	var got []string
	for _, h := range some.Hits {
		got = append(got, h.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Search(... -video) order = %v, want the order without -video: %v", got, want)
	}
	if len(got) == len(all.Hits) {
		t.Errorf("Search(... -video) kept all %d hits, want the video papers excluded", len(got))
	}
}
