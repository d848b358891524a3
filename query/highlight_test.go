package query_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

// searchOne runs q against ix and returns the only hit.
func searchOne(t *testing.T, ix *index.Index, q string) query.Hit {
	t.Helper()
	res, err := query.Search(context.Background(), ix, query.Request{Query: q})
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	if len(res.Hits) != 1 {
		t.Fatalf("Search(%q) = %d hits, want 1", q, len(res.Hits))
	}
	return res.Hits[0]
}

// markedTexts returns the snippet text under each mark.
func markedTexts(h query.Hit) []string {
	var out []string
	for _, m := range h.Marks {
		out = append(out, h.Snippet[m[0]:m[1]])
	}
	return out
}

func TestSnippetParticleOutsideMark(t *testing.T) {
	ix := tinyIndex(t, "확산 모델을 작은 데이터로 학습합니다.")
	h := searchOne(t, ix, "모델")
	if want := "확산 <mark>모델</mark>을 작은"; !strings.Contains(h.SnippetHTML, want) {
		t.Errorf("SnippetHTML = %q, want it to contain %q", h.SnippetHTML, want)
	}
}

func TestSnippetNFDMarksOriginalBytes(t *testing.T) {
	text := norm.NFD.String("확산 모델을 작은 데이터로 학습합니다.")
	ix := tinyIndex(t, text)
	h := searchOne(t, ix, "모델")
	if !strings.Contains(text, h.Snippet) {
		t.Errorf("Snippet = %q, want a part of the NFD summary %q", h.Snippet, text)
	}
	got := markedTexts(h)
	if want := norm.NFD.String("모델"); len(got) != 1 || got[0] != want {
		t.Errorf("marked texts = %q, want [%q]", got, want)
	}
	want := "<mark>" + norm.NFD.String("모델") + "</mark>" + norm.NFD.String("을")
	if !strings.Contains(h.SnippetHTML, want) {
		t.Errorf("SnippetHTML = %q, want it to contain %q", h.SnippetHTML, want)
	}
}

func TestSnippetFullWidthMarksOriginalBytes(t *testing.T) {
	ix := tinyIndex(t, "ＧＰＴ－４ｏ를 평가했다.")
	h := searchOne(t, ix, "gpt-4o")
	got := markedTexts(h)
	if len(got) != 1 || got[0] != "ＧＰＴ－４ｏ" {
		t.Errorf("marked texts = %q, want [%q]", got, "ＧＰＴ－４ｏ")
	}
	if want := "<mark>ＧＰＴ－４ｏ</mark>를"; !strings.Contains(h.SnippetHTML, want) {
		t.Errorf("SnippetHTML = %q, want it to contain %q", h.SnippetHTML, want)
	}
}

func TestSnippetBestSectionSentence(t *testing.T) {
	digest := "## Daily Papers (2024-01-15)\n\n" +
		"### [Case Paper](https://arxiv.org/abs/2401.00001)\n\nVote: 5\n\nAuthors: Kim Minsu\n\n" +
		"- **What's New**: 새 모델을 제안합니다. 라우팅은 다루지 않습니다.\n\n" +
		"- **Technical Details**: 인코더를 고정합니다. 토큰 라우팅으로 모델을 키웁니다. 끝으로 평가합니다.\n\n"
	papers, _, err := index.Parse(strings.NewReader(digest), "case.md")
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(context.Background(), papers, nil); err != nil {
		t.Fatal(err)
	}

	h := searchOne(t, ix, "토큰 라우팅 모델")
	if h.Section != "Technical Details" {
		t.Errorf("Section = %q, want %q", h.Section, "Technical Details")
	}
	if want := "토큰 라우팅으로 모델을 키웁니다."; h.Snippet != want {
		t.Errorf("Snippet = %q, want the one sentence %q", h.Snippet, want)
	}
	if want := "<mark>토큰</mark> <mark>라우팅</mark>으로 <mark>모델</mark>을"; !strings.Contains(h.SnippetHTML, want) {
		t.Errorf("SnippetHTML = %q, want it to contain %q", h.SnippetHTML, want)
	}
}

func TestSnippetLongSentenceClipped(t *testing.T) {
	long := strings.Repeat("앞부분 설명이 길게 이어지고 ", 20) + "목표 단어인 확산을 지나 " +
		strings.Repeat("뒷부분 설명도 길게 이어집니다 ", 20)
	ix := tinyIndex(t, long)
	h := searchOne(t, ix, "확산")
	if n := utf8.RuneCountInString(h.Snippet); n > 170 {
		t.Errorf("Snippet has %d runes, want about 160", n)
	}
	if !strings.HasPrefix(h.Snippet, "…") || !strings.HasSuffix(h.Snippet, "…") {
		t.Errorf("Snippet = %q, want … at both ends of a clipped sentence", h.Snippet)
	}
	if got := markedTexts(h); len(got) != 1 || got[0] != "확산" {
		t.Errorf("marked texts = %q, want [확산]", got)
	}
}

// TestSnippetMarksOnRuneBoundaries checks every mark of the sample corpus for a
// set of mixed-script queries.
func TestSnippetMarksOnRuneBoundaries(t *testing.T) {
	ix := sampleIndex(t)
	queries := []string{"확산 모델", "diffusion transformer", "LLM 추론", "토큰", "gpt-4o",
		"어텐션 attention", "가우시안 스플래팅", "30％", "3D"}
	for _, q := range queries {
		res, err := query.Search(context.Background(), ix, query.Request{Query: q, Limit: 60})
		if err != nil {
			t.Fatalf("Search(%q): %v", q, err)
		}
		for _, h := range res.Hits {
			if !utf8.ValidString(h.Snippet) || !utf8.ValidString(h.SnippetHTML) {
				t.Errorf("Search(%q) hit %s: snippet is not valid UTF-8: %q", q, h.ID, h.SnippetHTML)
			}
			for _, m := range h.Marks {
				if m[0] >= m[1] || m[1] > len(h.Snippet) {
					t.Errorf("Search(%q) hit %s: mark %v outside snippet of %d bytes",
						q, h.ID, m, len(h.Snippet))
					continue
				}
				if !utf8.ValidString(h.Snippet[m[0]:m[1]]) {
					t.Errorf("Search(%q) hit %s: mark %v splits a rune in %q", q, h.ID, m, h.Snippet)
				}
			}
		}
	}
}
