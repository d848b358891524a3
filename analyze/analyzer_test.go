package analyze

import (
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
	"golang.org/x/text/unicode/norm"
)

// analyzerCase is a document and the queries that must, or must not, find it.
type analyzerCase struct {
	name     string
	compound bool     // analyse with NameCompound instead of Name
	doc      string   // document text
	match    []string // queries whose terms must all be among the document's
	absent   []string // terms the document must not have
	disjoint string   // text that must share no term with the document
}

var analyzerCases = []analyzerCase{
	{name: "nfd particle", doc: norm.NFD.String("형태소를"), match: []string{"형태소"}},
	{name: "latin glued particles", doc: "Notion에 저장하고 Hermes는 읽는다",
		match: []string{"notion", "hermes", "Notion", "저장"}, absent: []string{"에", "는"}},
	{name: "copula", doc: "서울은 수도이다", match: []string{"서울", "수도"}},
	{name: "compound noun kept", doc: "구조대가 출동했다", match: []string{"구조대", "출동"},
		absent: []string{"구조"}},
	{name: "object particle", doc: "구조를 바꾸었다", match: []string{"구조"}},
	{name: "university", doc: "서울대를 졸업했다", match: []string{"서울대", "졸업"},
		absent: []string{"서울"}},
	{name: "locative", doc: "서울에서 열린 학회", match: []string{"서울", "학회"}},
	{name: "loanword airpods", doc: "에어팟 케이스", match: []string{"에어팟", "케이스"}},
	{name: "loanword kubernetes", doc: "쿠버네티스 클러스터", match: []string{"쿠버네티스"},
		disjoint: "쿠앤크"},
	{name: "compound kubernetes", compound: true, doc: "쿠버네티스 클러스터",
		match: []string{"쿠버네티스"}, disjoint: "쿠앤크"},
	{name: "middle dot list", doc: "도로ㆍ지반ㆍ수자원 분야", match: []string{"지반", "도로"}},
	{name: "right-headed compound", compound: true, doc: "44사이즈비키니",
		match: []string{"비키니", "44"}},
	{name: "compound sub-word", compound: true, doc: "확산모델을 제안", match: []string{"모델"}},
	{name: "full width", doc: "１０배 빠른 ＧＰＴ－４ｏ", match: []string{"10배", "gpt-4o", "GPT"}},
	{name: "loanword latex", doc: "레이텍 문서를 작성", match: []string{"레이텍", "문서"}},
	{name: "plural acronym", doc: "LLMs의 추론 능력", match: []string{"llm", "LLM", "추론"}},
	{name: "model name particle", doc: "GPT-4o를 사용했다", match: []string{"gpt-4o", "사용"},
		absent: []string{"를"}},
	{name: "url particle", doc: "https://github.com/x/y에서 코드", match: []string{"github", "y"},
		absent: []string{"에서", "y에서"}},
	{name: "inflected noun", doc: "모델을 모델의 모델에서 모델들은", match: []string{"모델"},
		absent: []string{"모델을", "모델의", "모델에서", "모델들은", "모델들"}},
	{name: "inflected verb", doc: "학습시키는 학습했다 학습하는", match: []string{"학습"},
		absent: []string{"학습시키는", "학습했다", "학습하는"}},
	{name: "adjectival", doc: "효율적인 방법", match: []string{"효율", "효율적으로"}},
	{name: "english stemming", doc: "Transformers and the model's VLMs",
		match: []string{"transformer", "model", "vlm"}, absent: []string{"the", "and"}},
	{name: "compound does not reach head", compound: true, doc: "서울대를 졸업했다",
		absent: []string{"서울"}},
}

func TestAnalyzerCases(t *testing.T) {
	cache := registry.NewCache()
	for _, tc := range analyzerCases {
		t.Run(tc.name, func(t *testing.T) {
			name := Name
			if tc.compound {
				name = NameCompound
			}
			a, err := cache.AnalyzerNamed(name)
			if err != nil {
				t.Fatalf("AnalyzerNamed(%q) error: %v", name, err)
			}
			tokens := a.Analyze([]byte(tc.doc))
			terms := termsOf(tokens)
			checkOffsets(t, tc.doc, tokens)

			for _, q := range tc.match {
				for _, term := range termsOf(a.Analyze([]byte(q))) {
					if !slices.Contains(terms, term) {
						t.Errorf("Analyze(%q) = %q, want term %q of query %q",
							tc.doc, terms, term, q)
					}
				}
			}
			for _, term := range tc.absent {
				if slices.Contains(terms, term) {
					t.Errorf("Analyze(%q) = %q, want no %q", tc.doc, terms, term)
				}
			}
			for _, term := range termsOf(a.Analyze([]byte(tc.disjoint))) {
				if slices.Contains(terms, term) {
					t.Errorf("Analyze(%q) = %q shares %q with %q", tc.doc, terms, term, tc.disjoint)
				}
			}
		})
	}
}

// checkOffsets checks that each token's Start and End select valid UTF-8 of
// the input, in non-decreasing order of Start.
func checkOffsets(t *testing.T, input string, tokens analysis.TokenStream) {
	t.Helper()
	prev := 0
	for _, tok := range tokens {
		if tok.Start < prev || tok.Start > tok.End || tok.End > len(input) {
			t.Fatalf("Analyze(%q): token %q has offsets [%d:%d] after start %d",
				input, tok.Term, tok.Start, tok.End, prev)
		}
		prev = tok.Start
		if !utf8.ValidString(input[tok.Start:tok.End]) || !utf8.Valid(tok.Term) {
			t.Errorf("Analyze(%q): token %q has invalid UTF-8 surface %q",
				input, tok.Term, input[tok.Start:tok.End])
		}
	}
}

func termsOf(tokens analysis.TokenStream) []string {
	terms := make([]string, len(tokens))
	for i, tok := range tokens {
		terms[i] = string(tok.Term)
	}
	return terms
}

func TestRegistryMatchesNew(t *testing.T) {
	cache := registry.NewCache()
	const text = "GPT-4o를 사용한 확산모델(diffusion models)의 학습"
	for _, tc := range []struct {
		name   string
		direct analysis.Analyzer
	}{{Name, New()}, {NameCompound, NewCompound()}} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := cache.AnalyzerNamed(tc.name)
			if err != nil {
				t.Fatalf("AnalyzerNamed(%q) error: %v", tc.name, err)
			}
			got, want := termsOf(a.Analyze([]byte(text))), termsOf(tc.direct.Analyze([]byte(text)))
			if !slices.Equal(got, want) {
				t.Errorf("registry %s Analyze(%q) = %q, want %q", tc.name, text, got, want)
			}
		})
	}
}

func TestTerms(t *testing.T) {
	// 위한 is a Korean stop word.
	got := Terms("LLM을 위한 Transformers")
	want := []string{"llm", "transform"}
	if !slices.Equal(got, want) {
		t.Errorf("Terms = %q, want %q", got, want)
	}
}
