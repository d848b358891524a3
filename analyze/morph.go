package analyze

import "strings"

// final is the condition a suffix puts on the last syllable of the stem it
// attaches to: 을, 은 and 이 follow a final consonant; 를, 는 and 가 follow a
// vowel. Checking it avoids cutting nouns such as 파이프라인 or 사이.
type final uint8

const (
	afterAny final = iota
	afterConsonant
	afterVowel
	afterVowelOrRieul // 로 follows a vowel or ㄹ
)

// suffixRule sets when a particle or ending may be stripped. The stem must
// keep minStem syllables, and its last syllable must satisfy after.
type suffixRule struct {
	after   final
	minStem int
}

// suffixGroup lists suffixes that share one rule.
type suffixGroup struct {
	rule     suffixRule
	suffixes string
}

// suffixGroups are the Korean particles (조사), copula forms and verb endings
// that the stemmer strips, longest match first. Single-syllable particles
// that often end nouns (가 in 평가, 로 in 경로, 의 in 정의) need a stem of two
// syllables. protectedNouns covers longer words such as 재평가. 도 and 나 are
// only stripped after Latin words, since 정확도 and 하나 end in them.
var suffixGroups = []suffixGroup{
	{suffixRule{afterConsonant, 1}, "을 은 으로 으로는 으로도 으로의 으로서 으로써 " +
		"으로부터 이나 이랑 과의 과는 이라는 이라고 이라면 이란"},
	{suffixRule{afterConsonant, 2}, "이 인 임 과"},
	{suffixRule{afterVowel, 1}, "를 는 와 와의 와는 라는 라고"},
	{suffixRule{afterVowel, 2}, "가"},
	{suffixRule{afterVowelOrRieul, 1}, "로는 로도 로의 로서 로써 로부터"},
	{suffixRule{afterVowelOrRieul, 2}, "로"},
	{suffixRule{afterAny, 1}, "에 에서 에게 에게서 에서의 에서는 에서도 에서만 에서부터 " +
		"에는 에도 에의 에만 까지 까지의 부터 부터의 보다 보다는 처럼 만을 만으로 마다 " +
		"조차 이다 입니다 이었다 였다 였으며 이며 이고 이지만 이므로 이었으며"},
	{suffixRule{afterAny, 2}, "의 만 " +
		"하다 한다 합니다 했다 했습니다 하였다 하였습니다 했으며 했고 하였으며 하였고 " +
		"하는 하고 하여 하여서 해서 하며 하면 하면서 하기 하기에 하기도 하지 하지만 " +
		"하게 하도록 하므로 하거나 할 한 함 함으로써 해 했지만 했을 하던 했던 " +
		"된 되는 되다 된다 됩니다 되었다 되었습니다 되었으며 되었고 됐다 되어 되고 " +
		"되며 되기 될 됨 되지 되도록 되면 " +
		"시키는 시킨 시켰다 시키며 시키고 시키기 시켜 시켜서 시킨다 시킴 시켰으며 " +
		"시키다 시킵니다 시키도록 었다 았다 었으며 았으며"},
}

// gluedOnly are particles stripped only when glued to a Latin or digit word,
// where they cannot be part of a Korean noun (LLM도, GPT-4o나).
const gluedOnly = "도 나 란 이란 든 이든 야 이야 과 로 으로 이"

// protectedNouns are nouns that end in a syllable that looks like a particle
// or ending. A strip that would cut through one of them is rejected, so
// 재평가 keeps 가 and 연구결과 keeps 과. Entries have two or three syllables.
const protectedNouns = "결과 효과 성과 평가 추가 증가 전문가 국가 작가 참가 부가 " +
	"경로 회로 도로 통로 미로 제로 프로 진로 수로 정의 논의 회의 주의 합의 동의 " +
	"강의 문의 모의 임의 불만 백만 천만 수만 길이 높이 깊이 넓이 놀이 먹이 " +
	"제한 권한 무한 유한 최소한 이해 방해 분해 피해 손해 오해 견해 포함 결함 " +
	"확인 원인 요인 개인 승인 역할 목적 최적 지적 추적 궤적 표적"

// derivations are suffixes stripped after the inflection when at least two
// syllables remain: the plural 들 (모델들) and the adjectival 적 (효율적).
// 화 is kept because 최적화 and 정규화 are terms of their own.
var derivations = []string{"들", "적"}

// morphology holds the suffix tables, built once and read-only afterwards.
type morphology struct {
	suffixes   map[string]suffixRule
	glued      map[string]bool
	protected  map[string]bool
	maxSuffix  int // syllables in the longest suffix
	maxNounLen int // syllables in the longest protected noun
}

var korean = newMorphology()

func newMorphology() *morphology {
	m := &morphology{
		suffixes:  map[string]suffixRule{},
		glued:     map[string]bool{},
		protected: map[string]bool{},
	}
	for _, g := range suffixGroups {
		for _, s := range strings.Fields(g.suffixes) {
			m.suffixes[s] = g.rule
			m.glued[s] = true
			m.maxSuffix = max(m.maxSuffix, len(s)/3)
		}
	}
	for _, s := range strings.Fields(gluedOnly) {
		m.glued[s] = true
	}
	for _, s := range strings.Fields(protectedNouns) {
		m.protected[s] = true
		m.maxNounLen = max(m.maxNounLen, len(s)/3)
	}
	return m
}
