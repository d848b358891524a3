package index

import (
	"strings"
	"unicode/utf8"
)

// maxLaTeXDepth bounds how deeply nested command arguments are rendered, so that a
// hostile title such as a long chain of \textbf{\textbf{...}} costs linear time.
// Deeper arguments are copied as written.
const maxLaTeXDepth = 8

// DisplayTitle makes the LaTeX in a title readable: math between paired dollar
// signs loses its dollars, "\times" becomes "×", "^2" becomes "²", "_2" becomes
// "₂", and style commands such as "\textsc{Foo}" keep only their argument.
// Outside math, unknown commands and a lone "$" are kept as written, so a plain
// title is returned unchanged.
func DisplayTitle(title string) string {
	if !strings.ContainsAny(title, `$\`) {
		return title
	}

	var b strings.Builder
	rest := title
	for {
		open := strings.IndexByte(rest, '$')
		if open < 0 {
			break
		}
		length := strings.IndexByte(rest[open+1:], '$')
		if length < 0 {
			break
		}
		b.WriteString(renderLaTeX(rest[:open], false, 0))
		b.WriteString(renderLaTeX(rest[open+1:open+1+length], true, 0))
		rest = rest[open+2+length:]
	}
	b.WriteString(renderLaTeX(rest, false, 0))
	return b.String()
}

// renderLaTeX renders s in math mode (braces dropped, scripts converted, unknown
// commands lose their backslash) or in text mode (only known commands change).
func renderLaTeX(s string, math bool, depth int) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			i = renderCommand(&b, s, i, math, depth)
		case math && (c == '^' || c == '_'):
			arg, next := latexArgument(s, i+1)
			if depth < maxLaTeXDepth {
				arg = renderLaTeX(arg, true, depth+1)
			}
			b.WriteString(script(arg, c == '^'))
			i = next
		case math && (c == '{' || c == '}'):
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// renderCommand writes the rendering of the command starting at the backslash
// s[start] and returns the index after it.
func renderCommand(b *strings.Builder, s string, start int, math bool, depth int) int {
	end := start + 1
	for end < len(s) && isASCIILetter(s[end]) {
		end++
	}
	name := s[start+1 : end]

	if name == "" {
		if end < len(s) && strings.IndexByte("&%$#_{} ", s[end]) >= 0 {
			b.WriteByte(s[end])
			return end + 1
		}
		b.WriteByte('\\')
		return end
	}
	if sym, ok := latexSymbol(name); ok {
		b.WriteString(sym)
		// Math mode ignores the space that ends a command name, as in "\beta q".
		for math && end < len(s) && s[end] == ' ' {
			end++
		}
		return end
	}
	if isStyleCommand(name) {
		arg, next := latexArgument(s, end)
		if depth < maxLaTeXDepth {
			arg = renderLaTeX(arg, math, depth+1)
		}
		b.WriteString(arg)
		return next
	}
	if math {
		b.WriteString(name)
	} else {
		b.WriteString(s[start:end])
	}
	return end
}

// latexArgument returns the argument starting at s[i], either a braced group
// without its braces or a single character, and the index after it. An unclosed
// group runs to the end of s.
func latexArgument(s string, i int) (string, int) {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) {
		return "", i
	}
	if s[i] != '{' {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i : i+size], i + size
	}

	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return s[i+1 : j], j + 1
			}
		}
	}
	return s[i+1:], len(s)
}

// script converts text to Unicode superscript or subscript letters, or keeps
// the "^" or "_" prefix when a character has no such form.
func script(text string, super bool) string {
	var b strings.Builder
	for _, r := range text {
		mapped, ok := scriptRune(r, super)
		if !ok {
			if super {
				return "^" + text
			}
			return "_" + text
		}
		b.WriteRune(mapped)
	}
	return b.String()
}

func scriptRune(r rune, super bool) (rune, bool) {
	const digitsSuper, digitsSub = "⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉"
	if r >= '0' && r <= '9' {
		digits := []rune(digitsSub)
		if super {
			digits = []rune(digitsSuper)
		}
		return digits[r-'0'], true
	}

	from, to := "+-=()aehiklmnopstx", "₊₋₌₍₎ₐₑₕᵢₖₗₘₙₒₚₛₜₓ"
	if super {
		from, to = "+-=()in", "⁺⁻⁼⁽⁾ⁱⁿ"
	}
	if k := strings.IndexRune(from, r); k >= 0 {
		return []rune(to)[k], true
	}
	return r, false
}

func isASCIILetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isStyleCommand reports whether the command only styles its argument, so the
// display keeps the argument alone.
func isStyleCommand(name string) bool {
	switch name {
	case "textsc", "textbf", "textit", "texttt", "textrm", "textsf", "emph", "text",
		"mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal", "mathbb",
		"mathfrak", "boldsymbol", "bm", "operatorname", "underline":
		return true
	}
	return false
}

// latexSymbol returns the Unicode character of a symbol command.
func latexSymbol(name string) (string, bool) {
	switch name {
	case "times":
		return "×", true
	case "sim":
		return "~", true
	case "cdot":
		return "·", true
	case "pm":
		return "±", true
	case "infty":
		return "∞", true
	case "leq", "le":
		return "≤", true
	case "geq", "ge":
		return "≥", true
	case "neq", "ne":
		return "≠", true
	case "approx":
		return "≈", true
	case "to", "rightarrow":
		return "→", true
	case "leftarrow":
		return "←", true
	case "nabla":
		return "∇", true
	case "partial":
		return "∂", true
	case "ell":
		return "ℓ", true
	case "star":
		return "⋆", true
	case "circ":
		return "∘", true
	case "dagger":
		return "†", true
	case "checkmark":
		return "✓", true
	}
	return greekLetter(name)
}

func greekLetter(name string) (string, bool) {
	const names = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " +
		"nu xi omicron pi rho sigma tau upsilon phi chi psi omega"
	const lower, upper = "αβγδεζηθικλμνξοπρστυφχψω", "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"

	letters := []rune(lower)
	key := name
	if strings.HasPrefix(name, "var") {
		key = name[len("var"):]
	} else if name != "" && name[0] >= 'A' && name[0] <= 'Z' {
		letters = []rune(upper)
		key = strings.ToLower(name[:1]) + name[1:]
	}
	for i, n := range strings.Fields(names) {
		if n == key {
			return string(letters[i]), true
		}
	}
	return "", false
}
