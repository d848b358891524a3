package analyze

import (
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/registry"
)

// TokenizerName is the registry name of the tokenizer behind Name.
const TokenizerName = "papers_tokenizer"

// CompoundTokenizerName is the registry name of the tokenizer behind
// NameCompound, which also emits right-hand sub-words of Hangul words.
const CompoundTokenizerName = "papers_compound_tokenizer"

// Tokenizer splits mixed Korean and English text into normalised tokens. It
// normalises each token itself (NFKC, Hangul composition, case folding)
// instead of using a char filter, so every token's Start and End are byte
// offsets into the original input. It strips Korean particles and endings,
// and splits Latin and digit runs such as GPT-4o into parts.
type Tokenizer struct {
	// Compounds makes the tokenizer emit, for each Hangul stem of three or
	// more syllables, its right-hand sub-words of two or more syllables at
	// the same position.
	Compounds bool
}

// NewTokenizer returns a Tokenizer; compounds sets Tokenizer.Compounds.
func NewTokenizer(compounds bool) *Tokenizer {
	return &Tokenizer{Compounds: compounds}
}

// Tokenize implements analysis.Tokenizer.
func (t *Tokenizer) Tokenize(input []byte) analysis.TokenStream {
	// About one token per eight bytes of digest text; sub-words add more.
	perToken := 8
	if t.Compounds {
		perToken = 4
	}
	s := scanner{
		input:     input,
		compounds: t.Compounds,
		slab:      make([]analysis.Token, 0, len(input)/perToken+1),
		arena:     make([]byte, 0, len(input)+16),
	}
	s.run()

	stream := make(analysis.TokenStream, len(s.slab))
	for i := range s.slab {
		stream[i] = &s.slab[i]
	}
	return stream
}

// scanner holds the state of one Tokenize call. Tokens are appended to slab
// and their terms to arena, so a call allocates a few large slices instead of
// two small ones per token.
type scanner struct {
	input     []byte
	compounds bool
	slab      []analysis.Token
	arena     []byte
	position  int

	// Scratch space reused across words.
	clusters []cluster
	pieces   []piece
	word     []byte
}

// run splits the input into Hangul, Han and Latin-or-digit segments. A Hangul
// segment glued to the end of a Latin one (LLM을) is analysed as a particle
// candidate.
func (s *scanner) run() {
	afterWord := -1 // end of the last Latin-or-digit segment
	for i := 0; i < len(s.input); {
		r, size := utf8.DecodeRune(s.input[i:])
		if r == utf8.RuneError && size <= 1 {
			i++
			continue
		}

		switch c := classify(r); {
		case c == classHangul:
			end := s.scanHangul(i)
			s.emitHangul(afterWord == i)
			i = end
		case c == classHan:
			end := s.scanWhile(i, classHan)
			s.emitTerm(i, end, s.appendNormalized(s.input[i:end]), true)
			i = end
		case isWord(c):
			end := s.scanWord(i)
			s.emitWord(i, end)
			afterWord = end
			i = end
		default:
			i += size
		}
	}
}

// scanWhile returns the end of the run of runes of class want, marks and
// ignorable characters that starts at i.
func (s *scanner) scanWhile(i int, want class) int {
	for i < len(s.input) {
		r, size := utf8.DecodeRune(s.input[i:])
		c := classify(r)
		if c != want && c != classMark && c != classIgnorable {
			break
		}
		i += size
	}
	return i
}

// emitTerm appends a token with the given term at the next position. Terms
// with digits are marked KeyWord so the English stemmer leaves them alone.
func (s *scanner) emitTerm(start, end int, term []byte, keyword bool) {
	if len(term) == 0 {
		return
	}
	s.position++
	s.appendToken(start, end, term, s.position, keyword)
}

func (s *scanner) appendToken(start, end int, term []byte, position int, keyword bool) {
	typ := analysis.AlphaNumeric
	if keyword && len(term) > 0 && term[0] >= 0x80 {
		typ = analysis.Ideographic
	}
	s.slab = append(s.slab, analysis.Token{
		Start:    start,
		End:      end,
		Term:     term,
		Position: position,
		Type:     typ,
		KeyWord:  keyword,
	})
}

// appendTerm copies term into the arena and returns the copy, capped so that
// a later filter appending to it cannot overwrite the next term.
func (s *scanner) appendTerm(term []byte) []byte {
	start := len(s.arena)
	s.arena = append(s.arena, term...)
	return s.arena[start:len(s.arena):len(s.arena)]
}

// TokenizerConstructor builds the tokenizer registered as TokenizerName.
func TokenizerConstructor(config map[string]interface{},
	cache *registry.Cache) (analysis.Tokenizer, error) {
	return NewTokenizer(false), nil
}

// CompoundTokenizerConstructor builds the tokenizer registered as
// CompoundTokenizerName.
func CompoundTokenizerConstructor(config map[string]interface{},
	cache *registry.Cache) (analysis.Tokenizer, error) {
	return NewTokenizer(true), nil
}

func init() {
	if err := registry.RegisterTokenizer(TokenizerName, TokenizerConstructor); err != nil {
		panic(err)
	}
	err := registry.RegisterTokenizer(CompoundTokenizerName, CompoundTokenizerConstructor)
	if err != nil {
		panic(err)
	}
}
