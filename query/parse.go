package query

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/papers-search/papers/index"
)

// SyntaxError reports malformed query text.
type SyntaxError struct {
	Offset int    // byte offset of the problem in the query
	Column int    // 1-based rune column of Offset, for pointing at it on a terminal
	Msg    string // what is wrong, such as "unclosed quote"
	Hint   string // how to fix it
}

// Error renders the error as `query: column 7: unclosed quote: add a closing " or
// remove it`.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("query: column %d: %s: %s", e.Column, e.Msg, e.Hint)
}

// knownFields is the list of field names that error messages offer.
const knownFields = "author, date, id, section, title, votes"

// Parse parses a search query into its syntax tree, always an *And at the top.
// A blank query yields an empty And, which matches every paper.
//
// The grammar, where adjacent clauses are joined by an implicit AND and OR binds
// tighter than it, so `a OR b c` is (a OR b) AND c:
//
//	query   = { clause }
//	clause  = unary { "OR" unary }
//	unary   = [ "-" ] primary
//	primary = word | phrase | "(" clause { clause } ")" | field ":" value
//	phrase  = '"' text '"'
//	value   = word | phrase | "(" clause { clause } ")"
//
// Words are split at white space, parentheses and quotes. A "-" or a field name
// is an operator only at the start of a word, so GPT-4o and 10:30 are words.
// OR is an operator only in upper case. The fields, with names insensitive to
// case, are:
//
//	title:word, title:"a phrase", title:(a b)  words or phrases in the title
//	author:"Zhiyuan Liu", author:Liu           one exact author name, insensitive
//	                                           to case and accents
//	author:zhiyuan*                            author names with that prefix
//	id:2409.03810 (alias arxiv:)               one arXiv id, version suffix dropped
//	votes:50, votes:>=50, votes:<10,           vote counts, ".." ranges inclusive
//	votes:10..100, votes:10..                  and open on an empty side
//	date:2024, date:2024-09, date:2024-09-01   a year, month or day of the digest
//	date:>=2025-01, date:<2024-06,             open ranges, and ranges whose end
//	date:2024-09-01..2024-09-30, date:2024-09.. includes the whole end period
//	section:technical                          restrict every unscoped word and
//	                                           phrase to one summary section:
//	                                           new (whats-new), technical (tech),
//	                                           performance (perf) or other
//
// Parse returns a *SyntaxError for malformed input.
func Parse(s string) (Node, error) {
	if !utf8.ValidString(s) {
		return nil, newSyntaxError(s, invalidUTF8Offset(s), "invalid UTF-8",
			"retype the query or set the terminal to UTF-8")
	}
	toks, err := lex(s)
	if err != nil {
		return nil, err
	}

	p := &parser{src: s, toks: toks}
	clauses, err := p.parseClauses()
	if err != nil {
		return nil, err
	}
	if t := p.peek(); t.kind == tokRParen {
		return nil, p.errorAt(t.off, "unbalanced parenthesis",
			"remove the ) or add a matching ( before it")
	}
	return p.applySections(&And{Nodes: clauses})
}

func newSyntaxError(src string, off int, msg, hint string) *SyntaxError {
	return &SyntaxError{
		Offset: off,
		Column: utf8.RuneCountInString(src[:off]) + 1,
		Msg:    msg,
		Hint:   hint,
	}
}

func invalidUTF8Offset(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return 0
}

// canonicalField maps a field name as written to its canonical name.
func canonicalField(name string) (string, bool) {
	switch name = strings.ToLower(name); name {
	case "title", "author", "id", "votes", "date", "section":
		return name, true
	case "arxiv":
		return "id", true
	}
	return "", false
}

// sectionField maps a section name or alias to its index field.
func sectionField(name string) (string, bool) {
	switch strings.ToLower(name) {
	case "new", "whats-new":
		return index.SectionNew, true
	case "technical", "tech":
		return index.SectionTechnical, true
	case "performance", "perf":
		return index.SectionPerformance, true
	case "other":
		return index.SectionOther, true
	}
	return "", false
}

// fieldExample is a valid use of a field, for hints.
func fieldExample(field string) string {
	switch field {
	case "title":
		return `title:word, title:"a phrase" or title:(a b)`
	case "author":
		return `author:"Zhiyuan Liu" or author:zhiyuan*`
	case "id":
		return "id:2409.03810"
	case "votes":
		return "votes:50, votes:>=50 or votes:10..100"
	case "date":
		return "date:2024-09, date:>=2025-01 or date:2024-09-01..2024-09-30"
	default:
		return "section:technical"
	}
}

// parser is a recursive-descent parser over the tokens of one query.
type parser struct {
	src      string
	toks     []token
	pos      int
	depth    int      // parenthesis depth, 0 at the top level
	sections []string // section fields from section: scopes, in order of first use
}

// sectionScope is the placeholder clause of a section: scope until
// applySections removes it. off is the offset of the scope, for errors.
type sectionScope struct{ off int }

func (*sectionScope) node()          {}
func (*sectionScope) String() string { return "section" }

func (p *parser) peek() token { return p.toks[p.pos] }

func (p *parser) next() token {
	t := p.toks[p.pos]
	if t.kind != tokEOF {
		p.pos++
	}
	return t
}

func (p *parser) errorAt(off int, msg, hint string) *SyntaxError {
	return newSyntaxError(p.src, off, msg, hint)
}

// parseClauses parses clauses up to the end of input or a ")", merging runs of
// adjacent unscoped words into one Words node.
func (p *parser) parseClauses() ([]Node, error) {
	var nodes []Node
	for {
		switch p.peek().kind {
		case tokEOF, tokRParen:
			return nodes, nil
		}
		n, err := p.parseOr()
		if err != nil {
			return nil, err
		}
		if w, ok := n.(*Words); ok && w.Fields == nil && len(nodes) > 0 {
			if prev, ok := nodes[len(nodes)-1].(*Words); ok && prev.Fields == nil {
				prev.Words = append(prev.Words, w.Words...)
				continue
			}
		}
		nodes = append(nodes, n)
	}
}

func (p *parser) parseOr() (Node, error) {
	first, err := p.parseUnary()
	if err != nil {
		return nil, err
	}
	nodes := []Node{first}
	for p.peek().kind == tokOr {
		or := p.next()
		switch p.peek().kind {
		case tokEOF, tokRParen, tokOr:
			return nil, p.errorAt(or.off, "dangling OR", danglingOrHint)
		}
		n, err := p.parseUnary()
		if err != nil {
			return nil, err
		}
		nodes = append(nodes, n)
	}
	if len(nodes) == 1 {
		return first, nil
	}
	for _, n := range nodes {
		if s, ok := n.(*sectionScope); ok {
			return nil, p.errorAt(s.off, "section: inside OR", sectionPlaceHint)
		}
	}
	return &Or{Nodes: nodes}, nil
}

const (
	danglingOrHint = "put a word, phrase or group on both sides of OR, " +
		"or write or in lower case to search the word"
	sectionPlaceHint = "move section: to the top level of the query, " +
		"outside parentheses, OR and -"
)

func (p *parser) parseUnary() (Node, error) {
	if p.peek().kind != tokMinus {
		return p.parsePrimary()
	}
	minus := p.next()
	switch p.peek().kind {
	case tokWord, tokPhrase, tokLParen, tokField:
	default:
		return nil, p.errorAt(minus.off, "lone -",
			"attach the - to what it excludes, as in -word, or remove it")
	}
	n, err := p.parsePrimary()
	if err != nil {
		return nil, err
	}
	if s, ok := n.(*sectionScope); ok {
		return nil, p.errorAt(s.off, "negated section:", sectionPlaceHint)
	}
	return &Not{Node: n}, nil
}

func (p *parser) parsePrimary() (Node, error) {
	t := p.next()
	switch t.kind {
	case tokWord:
		return &Words{Words: []string{t.text}}, nil
	case tokPhrase:
		return &Phrase{Text: t.text}, nil
	case tokLParen:
		return p.parseGroup(t)
	case tokField:
		return p.parseField(t)
	case tokOr:
		return nil, p.errorAt(t.off, "dangling OR", danglingOrHint)
	}
	// parseClauses stops at ")" and EOF, and parseOr and parseUnary check what
	// follows OR and "-", so no other token reaches this point.
	return nil, p.errorAt(t.off, "unexpected end of clause", "remove the operator before it")
}

// parseGroup parses the clauses after open, which is the "(" token.
func (p *parser) parseGroup(open token) (Node, error) {
	p.depth++
	clauses, err := p.parseClauses()
	p.depth--
	if err != nil {
		return nil, err
	}
	if p.next().kind != tokRParen {
		return nil, p.errorAt(open.off, "unclosed parenthesis",
			"add a closing ) or remove the (")
	}
	if len(clauses) == 0 {
		return nil, p.errorAt(open.off, "empty group", "put words between ( and ) or remove them")
	}
	return &And{Nodes: clauses}, nil
}

// parseField parses the value of the field scope t.
func (p *parser) parseField(t token) (Node, error) {
	value, valueOff := t.text, t.valueOff
	if value == "" {
		v := p.next()
		if v.kind == tokLParen {
			return p.parseScopedGroup(t, v)
		}
		value, valueOff = v.text, v.off // a phrase, as lex checked
		if t.field == "title" {
			return &Phrase{Fields: []string{index.FieldTitle}, Text: value}, nil
		}
	}

	var n Node
	var err error
	switch t.field {
	case "title":
		return &Words{Fields: []string{index.FieldTitle}, Words: []string{value}}, nil
	case "section":
		return p.addSection(value, valueOff, t.off)
	case "author":
		n, err = authorTerm(value)
	case "id":
		n, err = idTerm(value)
	case "votes":
		n, err = votesRange(value)
	case "date":
		n, err = dateRange(value)
	}
	if err != nil {
		return nil, p.valueError(t.field, valueOff, err)
	}
	return n, nil
}

func (p *parser) valueError(field string, off int, err error) *SyntaxError {
	hint := "write it as in " + fieldExample(field)
	if ve, ok := err.(*valueError); ok && ve.hint != "" {
		hint = ve.hint
	}
	return p.errorAt(off, fmt.Sprintf("invalid %s: %v", field, err), hint)
}

// parseScopedGroup parses `title:( ... )`, giving the group's unscoped words and
// phrases the field of scope.
func (p *parser) parseScopedGroup(scope, open token) (Node, error) {
	if scope.field != "title" {
		return nil, p.errorAt(scope.off, fmt.Sprintf("%s: cannot scope a group", scope.field),
			"write one value per field and join them with OR, as in "+fieldExample(scope.field))
	}
	group, err := p.parseGroup(open)
	if err != nil {
		return nil, err
	}
	setDefaultFields(group, []string{index.FieldTitle})
	return group, nil
}

// addSection records the section of a scope at scopeOff whose value is at
// valueOff.
func (p *parser) addSection(value string, valueOff, scopeOff int) (Node, error) {
	field, ok := sectionField(value)
	if !ok {
		return nil, p.errorAt(valueOff, fmt.Sprintf("unknown section %q", value),
			"use new, technical, performance or other "+
				"(aliases whats-new, tech, perf), as in section:technical")
	}
	if p.depth > 0 {
		return nil, p.errorAt(scopeOff, "section: inside parentheses", sectionPlaceHint)
	}
	if !slices.Contains(p.sections, field) {
		p.sections = append(p.sections, field)
	}
	return &sectionScope{off: scopeOff}, nil
}

// applySections removes the section: placeholders from the top-level And and
// restricts every unscoped word and phrase of the query to the sections.
func (p *parser) applySections(root *And) (Node, error) {
	kept := root.Nodes[:0]
	firstOff := -1
	for _, n := range root.Nodes {
		if s, ok := n.(*sectionScope); ok {
			if firstOff < 0 {
				firstOff = s.off
			}
			continue
		}
		kept = append(kept, n)
	}
	root.Nodes = kept
	if len(p.sections) == 0 {
		return root, nil
	}
	if !setDefaultFields(root, p.sections) {
		return nil, p.errorAt(firstOff, "section: without words",
			"add the words or phrases to look for, as in section:technical diffusion")
	}
	return root, nil
}

// setDefaultFields sets the fields of every word run and phrase under n that
// has none, and reports whether there was any.
func setDefaultFields(n Node, fields []string) bool {
	found := false
	switch n := n.(type) {
	case *Words:
		if n.Fields == nil {
			n.Fields, found = fields, true
		}
	case *Phrase:
		if n.Fields == nil {
			n.Fields, found = fields, true
		}
	case *Not:
		found = setDefaultFields(n.Node, fields)
	case *And:
		for _, c := range n.Nodes {
			found = setDefaultFields(c, fields) || found
		}
	case *Or:
		for _, c := range n.Nodes {
			found = setDefaultFields(c, fields) || found
		}
	}
	return found
}
