package index

import (
	"fmt"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/papers-search/papers/analyze"
)

// glossaryPapers returns one paper per text, each text a single section.
func glossaryPapers(texts ...string) []Paper {
	papers := make([]Paper, len(texts))
	for i, text := range texts {
		papers[i] = Paper{ID: fmt.Sprint(i), Sections: []Section{{Text: text}}}
	}
	return papers
}

// sampleGlossaryTexts are written for these tests. Each line is one paper.
var sampleGlossaryTexts = []string{
	"우리는 확산 변환기(Diffusion Transformer, DiT)를 제안한다. 모델의 환각(hallucination)을 줄인다.",
	"새로운 확산 변환기(Diffusion Transformers; DiT)는 빠르다. 환각(hallucinations)이 적다.",
	"작은 확산 변환기(diffusion transformer)로 학습했다. 모델(model)을 쓴다.",
	"Gaussian Splatting(가우시안 스플래팅)으로 장면을 그린다. 대형 언어 모델(LLM)을 쓴다.",
	"빠른 3D Gaussian Splatting(가우시안 스플래팅) 렌더링. 대형 언어 모델(Large Language Models, LLMs)",
	"LLM(대형 언어 모델)의 추론. 잠재 확산 모델(latent diffusion model)을 본다.",
	"그 확산 모델(diffusion models)은 좋다. 모델(method)도 있다. 모델(data)도 있다.",
	"이 확산 모델(diffusion model)과 방법. 모델(system)이 있다. 모델(network)이 있다.",
	"빠른 확산 모델(diffusion model)을 쓴다. 모델(model)과 데이터. 단 한 번 나온 쌍(single pair).",
	"또한 확산 모델(diffusion models)이다. 모델(baseline)이 있다. 모델(network)이다.",
}

// sampleGlossaryPapers returns sampleGlossaryTexts and as many papers without
// parentheses, so that a term in every sample paper is common but one in two
// of them is not.
func sampleGlossaryPapers() []Paper {
	texts := append([]string(nil), sampleGlossaryTexts...)
	for range sampleGlossaryTexts {
		texts = append(texts, "이 논문은 다른 주제를 다룬다.")
	}
	return glossaryPapers(texts...)
}

func findPair(pairs []GlossaryPair, korean, english string) *GlossaryPair {
	for i := range pairs {
		if pairs[i].Korean == korean && pairs[i].English == english {
			return &pairs[i]
		}
	}
	return nil
}

func TestMineGlossaryPairs(t *testing.T) {
	g := MineGlossary(sampleGlossaryPapers())
	pairs := g.Pairs()
	tests := []struct {
		name, korean, english, acronym string
		count                          int
	}{
		{"korean before with acronym", "확산 변환기", "Diffusion Transformer", "DiT", 3},
		{"particle word not in span", "환각", "hallucination", "", 2},
		{"english before", "가우시안 스플래팅", "Gaussian Splatting", "", 2},
		{"acronym linked to expansion", "대형 언어 모델", "Large Language Models", "LLM", 3},
		{"two-word span over one", "확산 모델", "diffusion model", "", 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := findPair(pairs, tc.korean, tc.english)
			if p == nil {
				t.Fatalf("MineGlossary has no pair (%q, %q); pairs: %+v", tc.korean, tc.english, pairs)
			}
			if p.Acronym != tc.acronym {
				t.Errorf("pair (%q, %q).Acronym = %q, want %q", tc.korean, tc.english, p.Acronym, tc.acronym)
			}
			if p.Count != tc.count {
				t.Errorf("pair (%q, %q).Count = %d, want %d", tc.korean, tc.english, p.Count, tc.count)
			}
		})
	}
}

func TestMineGlossaryDropsNoise(t *testing.T) {
	g := MineGlossary(sampleGlossaryPapers())
	for _, p := range g.Pairs() {
		if p.Korean == "모델" {
			t.Errorf("MineGlossary kept %+v, want the common word 모델 dropped", p)
		}
		if p.Korean == "쌍" || p.Korean == "잠재 확산 모델" {
			t.Errorf("MineGlossary kept %+v, seen in one paper only", p)
		}
		if strings.HasPrefix(p.Korean, "모델 ") || strings.Contains(p.Korean, "빠른") {
			t.Errorf("MineGlossary kept %+v, want the span to stop at a modifier", p)
		}
	}
	if got := len(g.Pairs()); got != 5 {
		t.Errorf("len(Pairs()) = %d, want 5: %+v", got, g.Pairs())
	}
}

func TestMineGlossarySortedByCount(t *testing.T) {
	pairs := MineGlossary(sampleGlossaryPapers()).Pairs()
	for i := 1; i < len(pairs); i++ {
		if pairs[i].Count > pairs[i-1].Count {
			t.Errorf("Pairs()[%d].Count = %d after %d, want descending", i, pairs[i].Count,
				pairs[i-1].Count)
		}
	}
}

func TestGlossaryLookup(t *testing.T) {
	g := MineGlossary(sampleGlossaryPapers())
	tests := []struct {
		term, wantKorean string
	}{
		{"diffusion transformers", "확산 변환기"},
		{"DiT", "확산 변환기"},
		{"확산 변환기를", "확산 변환기"},
		{"가우시안", "가우시안 스플래팅"},
		{"LLMs", "대형 언어 모델"},
		{"splatting", "가우시안 스플래팅"},
	}
	for _, tc := range tests {
		t.Run(tc.term, func(t *testing.T) {
			got := g.Lookup(tc.term)
			if len(got) == 0 || got[0].Korean != tc.wantKorean {
				t.Errorf("Lookup(%q) = %+v, want first Korean %q", tc.term, got, tc.wantKorean)
			}
		})
	}
	if got := g.Lookup("the"); got != nil {
		t.Errorf("Lookup(%q) = %+v, want nil for a stop word", "the", got)
	}
	if got := g.Lookup("transformer diffusion"); got != nil {
		t.Errorf("Lookup(%q) = %+v, want nil for terms out of order", "transformer diffusion", got)
	}
}

func TestGlossaryExpand(t *testing.T) {
	g := MineGlossary(sampleGlossaryPapers())
	tests := []struct {
		query string
		want  []Expansion // Weight is not compared
	}{
		{"fast diffusion transformer", []Expansion{{Start: 1, End: 3, Alternatives: [][]string{
			{"확산", "변환기"}, {"dit"}}}}},
		{"DiT 구조", []Expansion{{Start: 0, End: 1, Alternatives: [][]string{
			{"확산", "변환기"}, {"diffus", "transform"}}}}},
		{"가우시안 스플래팅을 이용한", []Expansion{{Start: 0, End: 2, Alternatives: [][]string{
			{"gaussian", "splat"}}}}},
		{"PT-DiT", nil},
		{"transformer", nil},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			got := g.Expand(analyze.Terms(tc.query))
			for i := range got {
				if got[i].Weight <= 0 || got[i].Weight > 1 {
					t.Errorf("Expand(%q)[%d].Weight = %v, want in (0, 1]", tc.query, i, got[i].Weight)
				}
				got[i].Weight = 0
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Expand(%q) = %+v, want %+v", tc.query, got, tc.want)
			}
		})
	}
}

func TestGlossaryExpandHyphenatedAcronym(t *testing.T) {
	g := MineGlossary(glossaryPapers(
		"프록시 토큰 확산 변환기(Proxy Token Diffusion Transformer, PT-DiT)를 쓴다.",
		"새 프록시 토큰 확산 변환기(Proxy Token Diffusion Transformer; PT-DiT)다.",
	))
	terms := analyze.Terms("PT-DiT 성능")
	got := g.Expand(terms)
	if len(got) != 1 {
		t.Fatalf("Expand(%q) = %+v, want one expansion", terms, got)
	}
	if got[0].Start != 0 || got[0].End != 3 {
		t.Errorf("Expand(%q) span = [%d, %d), want [0, 3)", terms, got[0].Start, got[0].End)
	}
	want := [][]string{{"프록시", "토큰", "확산", "변환기"}, {"proxi", "token", "diffus", "transform"}}
	if !reflect.DeepEqual(got[0].Alternatives, want) {
		t.Errorf("Expand(%q).Alternatives = %q, want %q", terms, got[0].Alternatives, want)
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"LLM", true}, {"LLMs", true}, {"DiT", true}, {"PT-DiT", true}, {"MoE", true},
		{"ImageNet", false}, {"Transformer", false}, {"quantization", false}, {"A", false},
		{"GPT-4o", true}, {"LLM의", false}, {"-KD", false},
	}
	for _, tc := range tests {
		if got := isAcronym(tc.word); got != tc.want {
			t.Errorf("isAcronym(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestPhraseTerms(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"gpt-4o", "gpt", "4o", "model"}, []string{"gpt", "4o", "model"}},
		{[]string{"retrieval-augmented", "retriev", "augment"}, []string{"retriev", "augment"}},
		{[]string{"pt-dit"}, []string{"pt-dit"}},
		{[]string{"확산", "모델"}, []string{"확산", "모델"}},
	}
	for _, tc := range tests {
		if got := phraseTerms(tc.in); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("phraseTerms(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestGlossaryStore(t *testing.T) {
	ix, err := NewMemory()
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()

	empty, err := ix.Glossary()
	if err != nil {
		t.Fatalf("Glossary() on a new index: %v", err)
	}
	if empty.Len() != 0 {
		t.Errorf("Glossary().Len() on a new index = %d, want 0", empty.Len())
	}

	g := MineGlossary(sampleGlossaryPapers())
	if err := ix.SetGlossary(g); err != nil {
		t.Fatalf("SetGlossary: %v", err)
	}
	got, err := ix.Glossary()
	if err != nil {
		t.Fatalf("Glossary() after SetGlossary: %v", err)
	}
	if !reflect.DeepEqual(got.Pairs(), g.Pairs()) {
		t.Errorf("Glossary().Pairs() = %+v, want %+v", got.Pairs(), g.Pairs())
	}
	terms := analyze.Terms("diffusion transformer")
	if !reflect.DeepEqual(got.Expand(terms), g.Expand(terms)) {
		t.Errorf("loaded Expand(%q) = %+v, want %+v", terms, got.Expand(terms), g.Expand(terms))
	}
}

// glossaryCorpus parses the real digests, or skips the test when they are
// absent.
func glossaryCorpus(tb testing.TB) []Paper {
	tb.Helper()
	paths, err := filepath.Glob("../../shared/corpus/real/*.md")
	if err != nil || len(paths) == 0 {
		tb.Skip("real corpus not found at ../../shared/corpus/real; skipping")
	}
	var all []Paper
	for _, path := range paths {
		papers, _, err := ParseFile(path)
		if err != nil {
			tb.Fatalf("ParseFile(%q): %v", path, err)
		}
		all = append(all, papers...)
	}
	return Merge(all)
}

func TestMineGlossaryCorpus(t *testing.T) {
	papers := glossaryCorpus(t)
	start := time.Now()
	g := MineGlossary(papers)
	t.Logf("mined %d pairs from %d papers in %v", g.Len(), len(papers), time.Since(start))

	// Each term must find pairs, and a side of the first pair must lead back
	// to it: the English query finds the Korean term and the other way round.
	tests := []struct {
		query   string
		english string // analyzed English side or acronym to find back
	}{
		{"diffusion transformer", "diffus transform"},
		{"gaussian splatting", "gaussian splat"},
		{"mixture of experts", "mixtur expert"},
		{"retrieval-augmented generation", "retriev augment gener"},
		{"knowledge distillation", "knowledg distil"},
		{"quantization", "quantiz"},
		{"text-to-speech", "text speech"},
		{"hallucination", "hallucin"},
		{"LLM", "llm"},
	}
	for _, tc := range tests {
		t.Run(tc.query, func(t *testing.T) {
			found := g.Lookup(tc.query)
			for i, p := range found[:min(len(found), 5)] {
				t.Logf("%d. %s | %s | %s | papers %d | score %.2f", i+1, p.Korean, p.English,
					p.Acronym, p.Count, p.Score)
			}
			if len(found) == 0 {
				t.Fatalf("Lookup(%q) found no pair", tc.query)
			}
			back := g.Lookup(found[0].Korean)
			ok := false
			for _, p := range back {
				english := strings.Join(phraseTerms(p.EnglishTerms), " ")
				acronym := strings.Join(phraseTerms(p.AcronymTerms), " ")
				ok = ok || english == tc.english || acronym == tc.english
			}
			if !ok {
				t.Errorf("Lookup(%q) = %+v, want a pair with English %q", found[0].Korean, back,
					tc.english)
			}
		})
	}
}

func BenchmarkMineGlossary(b *testing.B) {
	papers := glossaryCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		MineGlossary(papers)
	}
}
