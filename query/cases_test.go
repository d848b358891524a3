package query_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

// digestOf writes a one-day digest with one paper per summary, with ids
// 2401.00001, 2401.00002, ... in order and equal votes, so that only the text
// decides the ranking.
func digestOf(summaries ...string) string {
	var b strings.Builder
	b.WriteString("## Daily Papers (2024-01-15)\n\n")
	for i, s := range summaries {
		fmt.Fprintf(&b, "### [Case Paper %c](https://arxiv.org/abs/%s)\n\n", 'A'+i, caseID(i))
		b.WriteString("Vote: 5\n\nAuthors: Kim Minsu, Lee Jiwoo\n\n")
		fmt.Fprintf(&b, "- **What's New**: %s\n\n", s)
	}
	return b.String()
}

func caseID(i int) string { return fmt.Sprintf("2401.%05d", i+1) }

// tinyIndex indexes digestOf(summaries...) in memory.
func tinyIndex(t *testing.T, summaries ...string) *index.Index {
	t.Helper()
	papers, warnings, err := index.Parse(strings.NewReader(digestOf(summaries...)), "case.md")
	if err != nil {
		t.Fatalf("Parse(case digest): %v", err)
	}
	if len(warnings) > 0 {
		t.Fatalf("Parse(case digest) warnings: %v", warnings)
	}
	if len(papers) != len(summaries) {
		t.Fatalf("Parse(case digest) = %d papers, want %d", len(papers), len(summaries))
	}
	ix, err := index.NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	if err := ix.Add(context.Background(), papers, nil); err != nil {
		t.Fatalf("Add: %v", err)
	}
	return ix
}

// analyzerCases pair small documents with a query. match lists the indexes of
// the documents that must match, best first when first is set, and reject lists
// those that must not. mark is the marked text expected in the snippet of
// match[0], with the text around it.
var analyzerCases = []struct {
	name   string
	docs   []string
	query  string
	match  []int
	reject []int
	first  bool
	mark   string
}{
	{"nfd document nfc query", []string{norm.NFD.String("형태소를 분석한다")}, "형태소",
		[]int{0}, nil, false, "<mark>" + norm.NFD.String("형태소") + "</mark>" + norm.NFD.String("를")},
	{"latin before particle", []string{"Notion에 저장하고 Hermes는 읽는다"}, "Notion",
		[]int{0}, nil, false, "<mark>Notion</mark>에"},
	{"latin before topic particle", []string{"Notion에 저장하고 Hermes는 읽는다"}, "Hermes",
		[]int{0}, nil, false, "<mark>Hermes</mark>는"},
	{"noun with topic particle", []string{"부산은 항구이다", "서울은 수도이다"}, "서울",
		[]int{1}, []int{0}, true, "<mark>서울</mark>은"},
	{"compound is not its prefix", []string{"구조대가 출동했다"}, "구조",
		nil, []int{0}, false, ""},
	{"noun with object particle", []string{"구조를 바꾸었다"}, "구조",
		[]int{0}, nil, false, "<mark>구조</mark>를"},
	{"whole word beats compound", []string{"서울대를 졸업했다", "서울에서 열린 학회"}, "서울",
		[]int{1}, nil, true, "<mark>서울</mark>에서"},
	{"loanword word", []string{"에어팟 케이스"}, "에어팟",
		[]int{0}, nil, false, "<mark>에어팟</mark> 케이스"},
	{"loanword phrase", []string{"에어팟 케이스"}, `"에어팟"`,
		[]int{0}, nil, false, "<mark>에어팟</mark> 케이스"},
	{"shared first syllable", []string{"쿠버네티스 클러스터", "쿠앤크 아이스크림"}, "쿠버네티스",
		[]int{0}, []int{1}, false, "<mark>쿠버네티스</mark> 클러스터"},
	{"interpunct list", []string{"도로ㆍ지반ㆍ수자원 분야"}, "지반",
		[]int{0}, nil, false, "<mark>지반</mark>"},
	// Found through the parts field, which holds the right-hand parts of
	// Hangul compounds.
	{"unspaced compound", []string{"44사이즈비키니"}, "비키니",
		[]int{0}, nil, false, "<mark>비키니</mark>"},
	{"full-width digits", []string{"１０배 빠른 ＧＰＴ－４ｏ"}, "10배",
		[]int{0}, nil, false, "<mark>１０배</mark> 빠른"},
	{"full-width latin", []string{"１０배 빠른 ＧＰＴ－４ｏ"}, "gpt-4o",
		[]int{0}, nil, false, "<mark>ＧＰＴ－４ｏ</mark>"},
	{"hangul loanword", []string{"레이텍 문서를 작성"}, "레이텍",
		[]int{0}, nil, false, "<mark>레이텍</mark> 문서"},
	{"plural acronym and korean", []string{"LLMs의 추론 능력"}, "llm 추론",
		[]int{0}, nil, false, "<mark>추론</mark>"},
	{"hyphenated name with particle", []string{"GPT-4o를 사용했다"}, "gpt-4o",
		[]int{0}, nil, false, "<mark>GPT-4o</mark>를"},
	{"spaced phrase unspaced text", []string{"확산모델을 학습"}, "확산 모델",
		[]int{0}, nil, false, "<mark>확산모델</mark>을"},
	{"unspaced query spaced text", []string{"확산 모델을 학습"}, "확산모델",
		[]int{0}, nil, false, "<mark>확산 모델</mark>을"},
}

func TestAnalyzerCases(t *testing.T) {
	ctx := context.Background()
	for _, tc := range analyzerCases {
		t.Run(tc.name, func(t *testing.T) {
			ix := tinyIndex(t, tc.docs...)
			res, err := query.Search(ctx, ix, query.Request{Query: tc.query})
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.query, err)
			}
			got := map[string]query.Hit{}
			for _, h := range res.Hits {
				got[h.ID] = h
			}
			for _, i := range tc.match {
				if _, ok := got[caseID(i)]; !ok {
					t.Errorf("Search(%q) misses %q; hits %v", tc.query, tc.docs[i], hitIDs(res))
				}
			}
			for _, i := range tc.reject {
				if _, ok := got[caseID(i)]; ok {
					t.Errorf("Search(%q) matches %q, want no match", tc.query, tc.docs[i])
				}
			}
			if len(tc.match) == 0 || len(res.Hits) == 0 {
				return
			}
			if tc.first && res.Hits[0].ID != caseID(tc.match[0]) {
				t.Errorf("Search(%q) ranks %s first, want %s (%q)", tc.query,
					res.Hits[0].ID, caseID(tc.match[0]), tc.docs[tc.match[0]])
			}
			h, ok := got[caseID(tc.match[0])]
			if ok && tc.mark != "" && !strings.Contains(h.SnippetHTML, tc.mark) {
				t.Errorf("Search(%q) snippet = %q, want it to contain %q",
					tc.query, h.SnippetHTML, tc.mark)
			}
			if ok && tc.mark == "" && !strings.Contains(h.SnippetHTML, "<mark>") {
				t.Errorf("Search(%q) snippet = %q, want a mark", tc.query, h.SnippetHTML)
			}
		})
	}
}

func hitIDs(res *query.Result) []string {
	ids := make([]string, len(res.Hits))
	for i, h := range res.Hits {
		ids[i] = h.ID
	}
	return ids
}
