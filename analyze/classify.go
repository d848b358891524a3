package analyze

import "unicode"

// class is the role a rune plays when the tokenizer splits text.
type class uint8

const (
	classSeparator class = iota
	classHangul
	classHan
	classLetter
	classDigit
	// classJoiner keeps a model name or version whole (GPT-4o, 1.18,
	// 128×128) when it is between two letters or digits.
	classJoiner
	// classApostrophe stays inside a word, so the English possessive filter
	// can strip 's afterwards.
	classApostrophe
	// classIgnorable is a format character such as U+200B or U+00AD that
	// neither splits a word nor reaches a term.
	classIgnorable
	classMark
)

// fullWidthOffset maps U+FF01..U+FF5E to ASCII, the part of NFKC that the
// tokenizer needs before it normalises a token.
const fullWidthOffset = 0xFEE0

// classify returns the class of r.
func classify(r rune) class {
	if r < 0x80 {
		return classifyASCII(byte(r))
	}
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return classifyASCII(byte(r - fullWidthOffset))
	case r == 'ㆍ' || r == '·' || r == '・' || r == '･' || r == '‧':
		// Korean text uses these middle dots to list words.
		return classSeparator
	case isHangul(r):
		return classHangul
	case r == '×' || r == '‐' || r == '‑':
		return classJoiner
	case r == '’' || r == 'ʼ':
		return classApostrophe
	case unicode.Is(unicode.Han, r):
		return classHan
	case unicode.IsLetter(r):
		return classLetter
	case unicode.IsNumber(r):
		return classDigit
	case unicode.IsMark(r):
		return classMark
	case unicode.Is(unicode.Cf, r):
		return classIgnorable
	}
	return classSeparator
}

func classifyASCII(b byte) class {
	switch {
	case b >= 'a' && b <= 'z', b >= 'A' && b <= 'Z':
		return classLetter
	case b >= '0' && b <= '9':
		return classDigit
	case b == '-' || b == '.' || b == '_':
		return classJoiner
	case b == '\'':
		return classApostrophe
	}
	return classSeparator
}

// isHangul reports whether r is a Hangul syllable or jamo. U+318D (ㆍ) is
// excluded because it separates words.
func isHangul(r rune) bool {
	switch {
	case r >= 0xAC00 && r <= 0xD7A3:
		return true
	case r >= 0x1100 && r <= 0x11FF:
		return true
	case r >= 0x3131 && r <= 0x318E:
		return r != 0x318D
	case r >= 0xA960 && r <= 0xA97F, r >= 0xD7B0 && r <= 0xD7FF:
		return true
	}
	return false
}

// isWord reports whether c can start or continue a run of letters and digits.
func isWord(c class) bool {
	return c == classLetter || c == classDigit || c == classMark
}
