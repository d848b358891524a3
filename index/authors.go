package index

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// parseAuthors reads the value of an "Authors:" line: a comma list or the Python
// list form ['A', "B's"]. It drops the "+" marker of names left out, empty names
// and repeats, and trims spaces and stray quotes.
func parseAuthors(value string) ([]string, string) {
	value = strings.TrimSpace(value)
	var raw []string
	var problem string
	if inner, ok := strings.CutPrefix(value, "["); ok && strings.HasSuffix(inner, "]") {
		inner = strings.TrimSuffix(inner, "]")
		if raw, ok = splitPythonList(inner); !ok {
			problem = "author list has an unclosed quote; names split at commas"
			raw = strings.Split(inner, ",")
		}
	} else {
		raw = strings.Split(value, ",")
		var joined []string
		raw, joined = joinSplitNames(raw)
		if len(joined) > 0 {
			problem = fmt.Sprintf("author names split by a comma were joined: %s; "+
				"write each name whole to keep them apart", strings.Join(joined, ", "))
		}
	}

	authors := make([]string, 0, len(raw))
	seen := make(map[string]bool, len(raw))
	for _, name := range raw {
		name = strings.Trim(name, " '\"`")
		if name == "" || name == "+" || seen[name] {
			continue
		}
		if len(authors) == maxAuthors {
			problem = fmt.Sprintf("more than %d authors; the rest are dropped", maxAuthors)
			break
		}
		seen[name] = true
		authors = append(authors, name)
	}
	if len(authors) == 0 {
		return nil, problem
	}
	return authors, problem
}

// joinSplitNames joins two neighbouring items of a comma list that are each a
// single capitalised word, such as "Yingyan" and "Lin". Every other name in
// the real digests has at least two words, so such a pair is one name split by
// a stray comma. Organisations written in capitals ("NVIDIA") are left alone.
// It returns the items and the joined names, which the caller reports, so two
// people are never merged silently.
func joinSplitNames(items []string) ([]string, []string) {
	var out, joined []string
	for i := 0; i < len(items); i++ {
		a := strings.Trim(items[i], " '\"`")
		if i+1 < len(items) && isNameWord(a) && isNameWord(strings.Trim(items[i+1], " '\"`")) {
			name := a + " " + strings.Trim(items[i+1], " '\"`")
			out = append(out, name)
			joined = append(joined, strconv.Quote(name))
			i++
			continue
		}
		out = append(out, items[i])
	}
	return out, joined
}

// isNameWord reports whether s is one capitalised word with lower-case letters
// after the first, such as "Lin", and not an acronym such as "NVIDIA".
func isNameWord(s string) bool {
	if s == "" || strings.ContainsAny(s, " .") {
		return false
	}
	lower := 0
	for i, r := range s {
		switch {
		case i == 0 && !unicode.IsUpper(r):
			return false
		case i > 0 && unicode.IsLower(r):
			lower++
		case i > 0 && !unicode.IsLetter(r) && r != '-':
			return false
		}
	}
	return lower > 0
}

// splitPythonList splits the inside of a Python list of strings, such as
// 'A', "O'Neil", 'Lin, Yingyan', honouring backslash escapes. Unquoted items run
// to the next comma. It reports false when a quote is not closed.
func splitPythonList(s string) ([]string, bool) {
	var items []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == ',':
			i++
		case c == '\'' || c == '"':
			item, next, ok := readQuoted(s, i)
			if !ok {
				return nil, false
			}
			items = append(items, item)
			i = next
		default:
			end := strings.IndexByte(s[i:], ',')
			if end < 0 {
				end = len(s) - i
			}
			items = append(items, s[i:i+end])
			i += end
		}
	}
	return items, true
}

// readQuoted reads the quoted string starting at s[start] and returns it
// unescaped with the index after its closing quote.
func readQuoted(s string, start int) (string, int, bool) {
	quote := s[start]
	var b strings.Builder
	for i := start + 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) {
				i++
				b.WriteByte(s[i])
			}
		case quote:
			return b.String(), i + 1, true
		default:
			b.WriteByte(s[i])
		}
	}
	return "", len(s), false
}
