package main

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// run executes the CLI with args against the built-in samples: PAPERS_INDEX
// names a folder that does not exist. It returns stdout, stderr and the exit
// code that main would use.
func run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	a := newApp(strings.NewReader(""), &stdout, &stderr)
	missing := filepath.Join(t.TempDir(), "no-index")
	a.getenv = func(key string) string {
		if key == "PAPERS_INDEX" {
			return missing
		}
		return ""
	}
	cmd := a.root()
	cmd.SetArgs(args)
	code := exitCode(cmd.ExecuteContext(context.Background()), a)
	return stdout.String(), stderr.String(), code
}

// runOK is run for a command that must succeed.
func runOK(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, args...)
	if code != 0 {
		t.Fatalf("papers %s: exit code %d, stderr %q", strings.Join(args, " "), code, errOut)
	}
	return out
}

// searchJSON is the documented schema of `papers search --json`.
type searchJSON struct {
	Query string `json:"query"`
	Total *int   `json:"total"`
	Hits  []struct {
		ID      *string   `json:"id"`
		Title   *string   `json:"title"`
		URL     *string   `json:"url"`
		Date    *string   `json:"date"`
		Votes   *int      `json:"votes"`
		Authors *[]string `json:"authors"`
		Score   *float64  `json:"score"`
		Snippet *string   `json:"snippet"`
	} `json:"hits"`
	Facets map[string][]struct {
		Term  string `json:"term"`
		Count int    `json:"count"`
	} `json:"facets"`
}

func TestSearchJSONSchema(t *testing.T) {
	out := runOK(t, "search", "diffusion transformer", "--json", "--facet", "author")
	var res searchJSON
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("search --json output is not JSON: %v\n%s", err, out)
	}
	if res.Query != "diffusion transformer" {
		t.Errorf("query = %q, want %q", res.Query, "diffusion transformer")
	}
	if res.Total == nil || *res.Total < len(res.Hits) || len(res.Hits) == 0 {
		t.Fatalf("total = %v with %d hits, want hits and a total at least as large", res.Total, len(res.Hits))
	}
	for i, h := range res.Hits {
		if h.ID == nil || h.Title == nil || h.URL == nil || h.Date == nil ||
			h.Authors == nil || h.Score == nil || h.Snippet == nil {
			t.Errorf("hit %d lacks a key of the schema: %+v", i, h)
		}
	}
	var raw struct {
		Hits []map[string]json.RawMessage `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if _, ok := raw.Hits[0]["votes"]; !ok {
		t.Errorf("hit has no votes key: %v", raw.Hits[0])
	}
	authors := res.Facets["author"]
	if len(authors) == 0 || authors[0].Term != "Xinchao Wang" || authors[0].Count < 2 {
		t.Errorf("author facet = %+v, want Xinchao Wang first", authors)
	}
}

func TestSearchJSONUnknownVotesNull(t *testing.T) {
	// The 2023-11-20 digest gives no vote counts.
	out := runOK(t, "search", "id:2311.12775", "--json")
	var raw struct {
		Hits []map[string]json.RawMessage `json:"hits"`
	}
	if err := json.Unmarshal([]byte(out), &raw); err != nil {
		t.Fatal(err)
	}
	if len(raw.Hits) != 1 {
		t.Fatalf("search id:2311.12775 = %d hits, want 1", len(raw.Hits))
	}
	if v := string(raw.Hits[0]["votes"]); v != "null" {
		t.Errorf("votes = %s, want null", v)
	}
}

func TestSearchJSONL(t *testing.T) {
	out := runOK(t, "search", "diffusion transformer", "--jsonl", "--limit", "4")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("search --jsonl --limit 4 = %d lines, want 4:\n%s", len(lines), out)
	}
	for _, line := range lines {
		var h struct {
			ID    string  `json:"id"`
			Title string  `json:"title"`
			Score float64 `json:"score"`
		}
		if err := json.Unmarshal([]byte(line), &h); err != nil || h.ID == "" || h.Title == "" {
			t.Errorf("line %q is not one hit (err %v)", line, err)
		}
	}
}

func TestSearchHuman(t *testing.T) {
	out := runOK(t, "search", "diffusion transformer", "--facet", "author,month,votes")
	for _, want := range []string{
		" 1. ",
		"Expert Race: A Flexible Routing Strategy",
		"2503.16057 · 2025-02-17 · 10 votes",
		"10 of ",
		"\nauthor\n", "\nmonth\n", "\nvotes\n",
		"3  Xinchao Wang\n",
		"  2025-02\n",
		"  10-49\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("search output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "\x1b[") {
		t.Errorf("search output to a buffer contains ANSI codes:\n%q", out)
	}
}

func TestSearchBadQueryExit2(t *testing.T) {
	out, errOut, code := run(t, "search", `diffusion "transformer`)
	if code != 2 {
		t.Errorf("exit code = %d, want 2", code)
	}
	if !strings.Contains(errOut, "column 11") {
		t.Errorf("stderr = %q, want the column of the open quote", errOut)
	}
	if out != "" {
		t.Errorf("stdout = %q, want nothing", out)
	}
}

func TestShow(t *testing.T) {
	out := runOK(t, "show", "2412.16112")
	for _, want := range []string{"CLEAR: Conv-Like Linearization", "id:      2412.16112",
		"https://arxiv.org/abs/2412.16112"} {
		if !strings.Contains(out, want) {
			t.Errorf("show output lacks %q:\n%s", want, out)
		}
	}
	_, errOut, code := run(t, "show", "9999.99999")
	if code != 1 || !strings.Contains(errOut, "9999.99999") {
		t.Errorf("show of a missing id: exit %d, stderr %q; want 1 naming the id", code, errOut)
	}
}

func TestStatsJSON(t *testing.T) {
	out := runOK(t, "stats", "--json")
	var st map[string]any
	if err := json.Unmarshal([]byte(out), &st); err != nil {
		t.Fatalf("stats --json output is not JSON: %v\n%s", err, out)
	}
	want := map[string]any{"papers": 54.0, "files": 8.0, "first_date": "2023-11-20",
		"last_date": "2025-02-17"}
	for key, v := range want {
		if st[key] != v {
			t.Errorf("stats %s = %v, want %v", key, st[key], v)
		}
	}
	if n, ok := st["authors"].(float64); !ok || n < 100 {
		t.Errorf("stats authors = %v, want a count of distinct authors", st["authors"])
	}
}

func TestSimilar(t *testing.T) {
	out := runOK(t, "similar", "2503.16057")
	if strings.Contains(out, "2503.16057") {
		t.Errorf("similar lists the paper itself:\n%s", out)
	}
	// DiffMoE also puts mixture of experts into a diffusion transformer.
	if !strings.Contains(out, "2503.14487") {
		t.Errorf("similar 2503.16057 lacks DiffMoE (2503.14487):\n%s", out)
	}
}

func TestAuthorsTop(t *testing.T) {
	out := runOK(t, "authors", "--top", "3")
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	if len(lines) < 3 {
		t.Fatalf("authors --top 3 = %q, want 3 authors", out)
	}
	for i, name := range []string{"Xinchao Wang", "Zhangyang Wang", "Xu Tan"} {
		if !strings.Contains(out, name) {
			t.Errorf("authors --top 3 lacks %s (rank %d):\n%s", name, i+1, out)
		}
	}
}

func TestGlossary(t *testing.T) {
	out := runOK(t, "glossary")
	if !strings.Contains(out, "확산") || !strings.Contains(strings.ToLower(out), "diffusion") {
		t.Errorf("glossary lacks the pair of 확산 and diffusion:\n%s", out)
	}
}
