package index

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// AuthorKey folds an author name into the form stored in FieldAuthorKey, so
// that exact author filters ignore case, accents and spacing: "Zhiyuan Liu",
// "zhiyuan  liu" and "Zhìyuán Liu" all become "zhiyuan liu". Stray quotes
// around the name are dropped. Hangul and other scripts without combining
// marks keep their letters.
func AuthorKey(name string) string {
	// NFKD splits accented letters into a base letter and combining marks, and
	// the final NFC recomposes Hangul syllables that NFKD split into jamo.
	strip := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	folded, _, err := transform.String(strip, name)
	if err != nil {
		// The transformers above accept any input, so this only guards against a
		// change in x/text. Folding case alone still gives a usable key.
		folded = name
	}
	folded = cases.Fold().String(folded)
	folded = strings.Trim(folded, "\"'`“”‘’ \t\r\n\u00a0\u3000")
	return strings.Join(strings.Fields(folded), " ")
}
