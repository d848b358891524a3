package query

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/blevesearch/bleve/v2"
	bq "github.com/blevesearch/bleve/v2/search/query"
)

// fakeText builds one term query per word run or phrase, naming its input, so
// that the JSON shows where each text clause went. Text "." has nothing to
// search for and yields nil, as punctuation does with the real builder.
type fakeText struct{}

func (fakeText) Words(fields []string, words []string) (bq.Query, error) {
	return fakeQuery(fields, "w:"+strings.Join(words, " ")), nil
}

func (fakeText) Phrase(fields []string, text string) (bq.Query, error) {
	return fakeQuery(fields, "p:"+text), nil
}

func fakeQuery(fields []string, text string) bq.Query {
	if strings.HasSuffix(text, ":.") {
		return nil
	}
	q := bq.NewTermQuery(text)
	q.SetField(strings.Join(fields, ","))
	return q
}

func TestCompile(t *testing.T) {
	// bleve writes a null boost for match_all and match_none.
	const all = `{"boost":null,"match_all":{}}`
	tests := []struct {
		name, in, want string
	}{
		{"blank", "", all},
		{"words", "a b",
			`{"should":{"disjuncts":[{"term":"w:a b"}],"min":1}}`},
		{"title words", "title:a",
			`{"should":{"disjuncts":[{"term":"w:a","field":"title"}],"min":1}}`},
		{"words and phrase", `a "b c"`,
			`{"must":{"conjuncts":[{"term":"p:b c"}]},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"two word runs all required", `a "b" c`,
			`{"must":{"conjuncts":[{"term":"p:b"}]},` +
				`"should":{"disjuncts":[{"term":"w:a"},{"term":"w:c"}],"min":2}}`},
		{"exclude", "a -b",
			`{"must_not":{"disjuncts":[{"term":"w:b"}],"min":0},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"only negation", "-a",
			`{"must":{"conjuncts":[` + all + `]},` +
				`"must_not":{"disjuncts":[{"term":"w:a"}],"min":0}}`},
		{"or", "a OR b",
			`{"must":{"conjuncts":[{"disjuncts":[{"term":"w:a"},{"term":"w:b"}],"min":0}]}}`},
		{"votes", "votes:>=50",
			`{"filter":{"min":50,"inclusive_min":true,"field":"votes"},` +
				`"must":{"conjuncts":[` + all + `]}}`},
		{"votes below", "votes:<10",
			`{"filter":{"max":10,"inclusive_max":false,"field":"votes"},` +
				`"must":{"conjuncts":[` + all + `]}}`},
		{"votes range", "a votes:10..100",
			`{"filter":{"min":10,"max":100,"inclusive_min":true,"inclusive_max":true,` +
				`"field":"votes"},"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"date month", "a date:2024-09",
			`{"filter":{"start":"2024-09-01T00:00:00Z","end":"2024-10-01T00:00:00Z",` +
				`"inclusive_start":true,"inclusive_end":false,"field":"date"},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"date open end", "a date:>=2025-01",
			`{"filter":{"start":"2025-01-01T00:00:00Z","end":"0001-01-01T00:00:00Z",` +
				`"inclusive_start":true,"inclusive_end":false,"field":"date"},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"id", "id:2409.03810",
			`{"filter":{"term":"2409.03810","field":"id"},"must":{"conjuncts":[` + all + `]}}`},
		{"author exact", `a author:"Zhiyuan Liu"`,
			`{"filter":{"term":"zhiyuan liu","field":"author_key"},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"author prefix", "a author:zhi*",
			`{"filter":{"prefix":"zhi","field":"author_key"},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"two filters", "votes:>1 id:x",
			`{"filter":{"conjuncts":[{"min":1,"inclusive_min":false,"field":"votes"},` +
				`{"term":"x","field":"id"}]},"must":{"conjuncts":[` + all + `]}}`},
		{"or of filters stays a filter", "a (id:x OR id:y)",
			`{"filter":{"disjuncts":[{"term":"x","field":"id"},{"term":"y","field":"id"}],` +
				`"min":0},"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"negated filter", "a -id:x",
			`{"must_not":{"disjuncts":[{"term":"x","field":"id"}],"min":0},` +
				`"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"filter alternative of or", "a OR id:x",
			`{"must":{"conjuncts":[{"disjuncts":[{"term":"w:a"},` +
				`{"filter":{"term":"x","field":"id"},"must":{"conjuncts":[` + all + `]}}],` +
				`"min":0}]}}`},
		{"negation inside or", "a OR -b",
			`{"must":{"conjuncts":[{"disjuncts":[{"term":"w:a"},` +
				`{"must":{"conjuncts":[` + all + `]},` +
				`"must_not":{"disjuncts":[{"term":"w:b"}],"min":0}}],"min":0}]}}`},
		{"group", "(a b) c",
			`{"must":{"conjuncts":[{"should":{"disjuncts":[{"term":"w:a b"}],"min":1}}]},` +
				`"should":{"disjuncts":[{"term":"w:c"}],"min":1}}`},
		{"section", "section:tech a",
			`{"should":{"disjuncts":[{"term":"w:a","field":"section.technical"}],"min":1}}`},
		{"empty text dropped", `"." a`,
			`{"should":{"disjuncts":[{"term":"w:a"}],"min":1}}`},
		{"only empty text", `"."`, `{"boost":null,"match_none":{}}`},
		{"empty negation dropped", `-"."`, all},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := compileJSON(t, tc.in)
			if got != normalizeJSON(t, tc.want) {
				t.Errorf("Compile(%q) =\n%s\nwant\n%s", tc.in, got, tc.want)
			}
		})
	}
}

func compileJSON(t *testing.T, in string) string {
	t.Helper()
	n, err := Parse(in)
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", in, err)
	}
	q, err := Compile(n, fakeText{})
	if err != nil {
		t.Fatalf("Compile(%q) error: %v", in, err)
	}
	b, err := json.Marshal(q)
	if err != nil {
		t.Fatalf("json.Marshal(Compile(%q)) error: %v", in, err)
	}
	return normalizeJSON(t, string(b))
}

// normalizeJSON sorts the keys of a JSON document, so that tests can write
// expected documents in any key order.
func normalizeJSON(t *testing.T, s string) string {
	t.Helper()
	var v any
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("json.Unmarshal(%s) error: %v", s, err)
	}
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestCompileFiltersUnscored checks that every field filter sits in a filter or
// must_not clause, the places where bleve does not score.
func TestCompileFiltersUnscored(t *testing.T) {
	queries := []string{
		`a votes:>5 date:2024 author:"x y" id:1`,
		`(a votes:>5) OR (b date:2024-09)`,
		`title:(a author:liu) -votes:<3`,
		`a -(b id:1)`,
	}
	for _, in := range queries {
		t.Run(in, func(t *testing.T) {
			var tree any
			if err := json.Unmarshal([]byte(compileJSON(t, in)), &tree); err != nil {
				t.Fatal(err)
			}
			for _, path := range filterPaths(tree, "") {
				if !strings.Contains(path, "filter") && !strings.Contains(path, "must_not") {
					t.Errorf("Compile(%q) has a field filter at %s, want it under filter "+
						"or must_not", in, path)
				}
			}
		})
	}
}

// filterPaths returns the JSON paths of the field filter queries in tree.
func filterPaths(tree any, path string) []string {
	var paths []string
	switch v := tree.(type) {
	case map[string]any:
		switch v["field"] {
		case "votes", "date", "id", "author_key":
			paths = append(paths, path)
		}
		for k, child := range v {
			paths = append(paths, filterPaths(child, path+"."+k)...)
		}
	case []any:
		for _, child := range v {
			paths = append(paths, filterPaths(child, path+"[]")...)
		}
	}
	return paths
}

func TestFiltersQuery(t *testing.T) {
	ten, negative := 10, -1
	tests := []struct {
		name    string
		filters Filters
		want    string // JSON, or "error: " and a substring of the error
	}{
		{"empty", Filters{}, "null"},
		{"one author", Filters{Authors: []string{"Zhìyuán Liu"}},
			`{"term":"zhiyuan liu","field":"author_key"}`},
		{"authors or", Filters{Authors: []string{"A B", "c*"}},
			`{"disjuncts":[{"term":"a b","field":"author_key"},` +
				`{"prefix":"c","field":"author_key"}],"min":0}`},
		{"since until", Filters{Since: "2024-09", Until: "2024-09"},
			`{"start":"2024-09-01T00:00:00Z","end":"2024-10-01T00:00:00Z",` +
				`"inclusive_start":true,"inclusive_end":false,"field":"date"}`},
		{"until year", Filters{Until: "2024"},
			`{"start":"0001-01-01T00:00:00Z","end":"2025-01-01T00:00:00Z",` +
				`"inclusive_start":true,"inclusive_end":false,"field":"date"}`},
		{"min votes and since", Filters{MinVotes: &ten, Since: "2025-01-02"},
			`{"conjuncts":[{"start":"2025-01-02T00:00:00Z","end":"0001-01-01T00:00:00Z",` +
				`"inclusive_start":true,"inclusive_end":false,"field":"date"},` +
				`{"min":10,"inclusive_min":true,"field":"votes"}]}`},
		{"bad since", Filters{Since: "2024-13"},
			`error: invalid --since "2024-13": month 13 is out of range: use a month`},
		{"bad until", Filters{Until: "soon"}, `error: invalid --until "soon"`},
		{"reversed", Filters{Since: "2025", Until: "2024"},
			`error: --since "2025" is after --until "2024"`},
		{"empty author", Filters{Authors: []string{" "}}, `error: invalid --author " "`},
		{"negative votes", Filters{MinVotes: &negative}, "error: invalid --min-votes -1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			q, err := tc.filters.Query()
			if wantErr, ok := strings.CutPrefix(tc.want, "error: "); ok {
				if err == nil || !strings.Contains(err.Error(), wantErr) {
					t.Errorf("%+v.Query() error = %v, want %q", tc.filters, err, wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("%+v.Query() error: %v", tc.filters, err)
			}
			b, err := json.Marshal(q)
			if err != nil {
				t.Fatal(err)
			}
			if normalizeJSON(t, string(b)) != normalizeJSON(t, tc.want) {
				t.Errorf("%+v.Query() =\n%s\nwant\n%s", tc.filters, b, tc.want)
			}
		})
	}
}

// titleText searches the title field of the small index of TestFilterScores.
type titleText struct{}

func (titleText) Words(_ []string, words []string) (bq.Query, error) {
	q := bq.NewMatchQuery(strings.Join(words, " "))
	q.SetField("title")
	return q, nil
}

func (titleText) Phrase(_ []string, text string) (bq.Query, error) {
	q := bq.NewMatchPhraseQuery(text)
	q.SetField("title")
	return q, nil
}

func TestFilterScores(t *testing.T) {
	idx, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		t.Fatal(err)
	}
	defer idx.Close()
	docs := map[string]map[string]any{
		"a": {"title": "diffusion models", "votes": 3},
		"b": {"title": "diffusion diffusion transformers", "votes": 50},
		"c": {"title": "latent diffusion for video generation", "votes": 120},
		"d": {"title": "state space models", "votes": 70},
	}
	for id, doc := range docs {
		if err := idx.Index(id, doc); err != nil {
			t.Fatal(err)
		}
	}

	base := searchScores(t, idx, "diffusion")
	filtered := searchScores(t, idx, "diffusion votes:>=10 -votes:>100")
	if len(filtered) != 1 {
		t.Fatalf("hits of the filtered query = %v, want only b", filtered)
	}
	if filtered["b"] != base["b"] {
		t.Errorf("score of b with filters = %v, want %v as without them", filtered["b"], base["b"])
	}
}

func searchScores(t *testing.T, idx bleve.Index, in string) map[string]float64 {
	t.Helper()
	n, err := Parse(in)
	if err != nil {
		t.Fatalf("Parse(%q) error: %v", in, err)
	}
	q, err := Compile(n, titleText{})
	if err != nil {
		t.Fatalf("Compile(%q) error: %v", in, err)
	}
	res, err := idx.Search(bleve.NewSearchRequest(q))
	if err != nil {
		t.Fatalf("Search(%q) error: %v", in, err)
	}
	scores := map[string]float64{}
	for _, hit := range res.Hits {
		scores[hit.ID] = hit.Score
	}
	return scores
}
