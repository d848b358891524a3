package query

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type tokenKind int

const (
	tokEOF tokenKind = iota
	tokWord
	tokPhrase
	tokLParen
	tokRParen
	tokOr
	tokMinus
	tokField
)

// token is a lexical unit. For tokField, field is the canonical field name and
// text is the value written right after the colon, empty when a phrase or a
// group follows instead.
type token struct {
	kind     tokenKind
	off      int
	text     string
	field    string
	valueOff int
}

func isBreak(r rune) bool {
	return unicode.IsSpace(r) || r == '(' || r == ')' || r == '"'
}

// lex splits s into tokens, ending with tokEOF.
func lex(s string) ([]token, error) {
	var toks []token
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			toks = append(toks, token{kind: tokLParen, off: i})
			i++
		case r == ')':
			toks = append(toks, token{kind: tokRParen, off: i})
			i++
		case r == '"':
			end := strings.IndexByte(s[i+1:], '"')
			if end < 0 {
				return nil, newSyntaxError(s, i, "unclosed quote", `add a closing " or remove it`)
			}
			text := s[i+1 : i+1+end]
			if strings.TrimSpace(text) == "" {
				return nil, newSyntaxError(s, i, "empty phrase",
					"put words between the quotes or remove them")
			}
			toks = append(toks, token{kind: tokPhrase, off: i, text: text})
			i += end + 2
		case r == '-':
			next, _ := utf8.DecodeRuneInString(s[i+1:])
			if i+1 == len(s) || unicode.IsSpace(next) || next == ')' {
				return nil, newSyntaxError(s, i, "lone -",
					"attach the - to what it excludes, as in -word, or remove it")
			}
			toks = append(toks, token{kind: tokMinus, off: i})
			i++
		default:
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if isBreak(r) {
					break
				}
				j += size
			}
			tok, err := wordToken(s, i, j)
			if err != nil {
				return nil, err
			}
			toks = append(toks, tok)
			i = j
		}
	}
	return append(toks, token{kind: tokEOF, off: len(s)}), nil
}

// wordToken classifies the word s[start:end] as OR, a field scope or a word.
func wordToken(s string, start, end int) (token, error) {
	w := s[start:end]
	if w == "OR" {
		return token{kind: tokOr, off: start}, nil
	}
	name, value, found := strings.Cut(w, ":")
	if !found || !isFieldName(name) {
		return token{kind: tokWord, off: start, text: w}, nil
	}

	field, ok := canonicalField(name)
	if !ok {
		return token{}, newSyntaxError(s, start, fmt.Sprintf("unknown field %q", name),
			fmt.Sprintf("use one of %s, or quote it to search the words: \"%s\"",
				knownFields, w))
	}
	if value == "" && (end == len(s) || (s[end] != '"' && s[end] != '(')) {
		return token{}, newSyntaxError(s, start, fmt.Sprintf("empty scope %s:", name),
			"put the value right after the colon, as in "+fieldExample(field))
	}
	return token{kind: tokField, off: start, text: value, field: field,
		valueOff: start + len(name) + 1}, nil
}

// isFieldName reports whether name can be a field name: ASCII letters only, so
// that words such as "GPT-4:" or "10:30" stay words.
func isFieldName(name string) bool {
	if name == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		c := name[i] | 0x20
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}
