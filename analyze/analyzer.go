package analyze

import (
	"fmt"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/token/porter"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/registry"
)

// Name is the registry name of the analyzer for titles and summaries.
const Name = "papers"

// NameCompound is the registry name of the analyzer that also emits the
// right-hand sub-words of Hangul words (비키니 in 사이즈비키니). It is meant for
// a second, lower-weighted field: sub-words also produce accidental matches
// (자연어 yields 연어, 네트워크 yields 워크), so the main field keeps exact words.
const NameCompound = "papers_compound"

// New returns the analyzer registered as Name, built without the registry.
func New() analysis.Analyzer {
	return newAnalyzer(NewTokenizer(false))
}

// NewCompound returns the analyzer registered as NameCompound, built without
// the registry.
func NewCompound() analysis.Analyzer {
	return newAnalyzer(NewTokenizer(true))
}

func newAnalyzer(tokenizer analysis.Tokenizer) analysis.Analyzer {
	stopWords := analysis.NewTokenMap()
	// LoadBytes only fails on a read error, which a byte slice cannot have.
	_ = stopWords.LoadBytes(en.EnglishStopWords)
	return &analysis.DefaultAnalyzer{
		Tokenizer: tokenizer,
		TokenFilters: []analysis.TokenFilter{
			en.NewPossessiveFilter(),
			stop.NewStopTokensFilter(stopWords),
			stop.NewStopTokensFilter(koreanStopMap()),
			porter.NewPorterStemmer(),
		},
	}
}

// Terms returns the analyzed terms of text in token order.
func Terms(text string) []string {
	tokens := New().Analyze([]byte(text))
	terms := make([]string, len(tokens))
	for i, t := range tokens {
		terms[i] = string(t.Term)
	}
	return terms
}

// AnalyzerConstructor builds the analyzer registered as Name from the
// components in cache.
func AnalyzerConstructor(config map[string]interface{},
	cache *registry.Cache) (analysis.Analyzer, error) {
	return buildAnalyzer(cache, TokenizerName)
}

// CompoundAnalyzerConstructor builds the analyzer registered as NameCompound
// from the components in cache.
func CompoundAnalyzerConstructor(config map[string]interface{},
	cache *registry.Cache) (analysis.Analyzer, error) {
	return buildAnalyzer(cache, CompoundTokenizerName)
}

// buildAnalyzer chains the tokenizer with bleve's English possessive filter,
// stop words and Porter stemmer. Case folding needs no filter because the
// tokenizer folds case itself. Hangul, Han and digit-bearing tokens are
// marked KeyWord, which the Porter stemmer skips.
func buildAnalyzer(cache *registry.Cache, tokenizerName string) (analysis.Analyzer, error) {
	tokenizer, err := cache.TokenizerNamed(tokenizerName)
	if err != nil {
		return nil, fmt.Errorf("load tokenizer %q: %w", tokenizerName, err)
	}
	filters := make([]analysis.TokenFilter, 0, 4)
	for _, name := range []string{en.PossessiveName, en.StopName, StopKoreanName, porter.Name} {
		filter, err := cache.TokenFilterNamed(name)
		if err != nil {
			return nil, fmt.Errorf("load token filter %q: %w", name, err)
		}
		filters = append(filters, filter)
	}
	return &analysis.DefaultAnalyzer{Tokenizer: tokenizer, TokenFilters: filters}, nil
}

func init() {
	if err := registry.RegisterAnalyzer(Name, AnalyzerConstructor); err != nil {
		panic(err)
	}
	if err := registry.RegisterAnalyzer(NameCompound, CompoundAnalyzerConstructor); err != nil {
		panic(err)
	}
}
