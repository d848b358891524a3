package analyze

import (
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/token/stop"
	"github.com/blevesearch/bleve/v2/registry"
)

// StopKoreanName is the registry name of the filter that drops Korean function
// words.
const StopKoreanName = "papers_stop_ko"

// koreanStopWords are Korean function words as the tokenizer leaves them
// (particles and endings already stripped): conjunctions, determiners,
// postpositional phrases ("위한", "통해") and light verbs ("있다", "가진"). They
// occur in most summaries and in the sentences readers type ("…을 위한 …"),
// where they would count as words a paper must match.
var koreanStopWords = []string{
	"및", "등", "것", "수", "이", "그", "저", "더", "또", "또한", "그리고", "하지", "하지만",
	"그러나", "따라서", "즉", "통해", "통한", "위해", "위한", "대해", "대한", "따라", "따른",
	"같", "같은", "있", "있는", "있다", "있으며", "받", "받은", "가진", "가지", "주", "주는",
	"만든", "만드는", "이러", "이러한", "이런", "그런", "어떤", "여러", "하나", "대신", "몇",
	"만", "안", "중", "간", "각", "모든", "매우", "가장", "보다", "본", "된", "되는", "하는",
	"해", "할", "한", "또는", "혹은", "얼마나", "잘", "미치", "미치는",
	// Particles written apart from their word, which the tokenizer cannot strip.
	"의", "를", "을", "가", "은", "는", "에", "와", "과", "도", "로", "으로", "에서", "에게",
}

func koreanStopMap() analysis.TokenMap {
	m := analysis.NewTokenMap()
	for _, w := range koreanStopWords {
		m.AddToken(w)
	}
	return m
}

// StopKoreanConstructor builds the Korean stop-word filter.
func StopKoreanConstructor(config map[string]interface{}, cache *registry.Cache) (analysis.TokenFilter, error) {
	return stop.NewStopTokensFilter(koreanStopMap()), nil
}

func init() {
	if err := registry.RegisterTokenFilter(StopKoreanName, StopKoreanConstructor); err != nil {
		panic(err)
	}
}
