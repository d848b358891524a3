package query

import (
	"strconv"
	"strings"
	"time"
)

// Node is a clause of a parsed search query. The concrete types are *Words,
// *Phrase, *Term, *NumericRange, *DateRange, *Not, *And and *Or.
type Node interface {
	// String renders the node in a compact form for tests and debugging,
	// such as `and(words(a b) -phrase("c d") votes:[50,*))`.
	String() string
	node()
}

// Words is a run of adjacent plain words that share the same fields. Words are
// kept together because the text analyzer joins and splits adjacent Korean
// words, so analyzing them one by one would lose matches.
type Words struct {
	// Fields lists the index fields to search, nil for the default fields.
	Fields []string
	Words  []string
}

// Phrase is a quoted phrase that must match as a sequence of tokens.
type Phrase struct {
	// Fields lists the index fields to search, nil for the default fields.
	Fields []string
	Text   string
}

// Term is an exact keyword match, or a prefix match when Prefix is set, on a
// keyword field such as index.FieldID or index.FieldAuthorKey.
type Term struct {
	Field  string
	Value  string
	Prefix bool
}

// NumericRange matches numeric field values between Min and Max. A nil bound
// is open.
type NumericRange struct {
	Field        string
	Min, Max     *float64
	MinInclusive bool
	MaxInclusive bool
}

// DateRange matches dates in [Start, End). A zero bound is open, so
// `date:2024-09` is [2024-09-01, 2024-10-01) and `date:>=2025-01` has a zero
// End.
type DateRange struct {
	Field      string
	Start, End time.Time
}

// Not excludes the papers that match Node.
type Not struct {
	Node Node
}

// And matches papers that match every node. An empty And matches every paper.
type And struct {
	Nodes []Node
}

// Or matches papers that match at least one node.
type Or struct {
	Nodes []Node
}

func (*Words) node()        {}
func (*Phrase) node()       {}
func (*Term) node()         {}
func (*NumericRange) node() {}
func (*DateRange) node()    {}
func (*Not) node()          {}
func (*And) node()          {}
func (*Or) node()           {}

func fieldsString(fields []string) string {
	if fields == nil {
		return ""
	}
	return "[" + strings.Join(fields, ",") + "]"
}

// String returns the words with their fields, for tests and debugging.
func (n *Words) String() string {
	return "words" + fieldsString(n.Fields) + "(" + strings.Join(n.Words, " ") + ")"
}

// String returns the quoted phrase with its fields.
func (n *Phrase) String() string {
	return "phrase" + fieldsString(n.Fields) + "(" + strconv.Quote(n.Text) + ")"
}

// String returns the field and value, with * for a prefix.
func (n *Term) String() string {
	s := n.Field + ":" + strconv.Quote(n.Value)
	if n.Prefix {
		s += "*"
	}
	return s
}

// String renders the range in interval notation: `votes:[10,100]`,
// `votes:(50,*)`.
// String returns the field and range in interval notation.
func (n *NumericRange) String() string {
	var b strings.Builder
	b.WriteString(n.Field + ":")
	b.WriteString(bracket(n.Min != nil && n.MinInclusive, "[", "("))
	b.WriteString(boundString(n.Min))
	b.WriteString(",")
	b.WriteString(boundString(n.Max))
	b.WriteString(bracket(n.Max != nil && n.MaxInclusive, "]", ")"))
	return b.String()
}

// String renders the range in interval notation with an exclusive end:
// `date:[2024-09-01,2024-10-01)`.
// String returns the field and the half-open date range.
func (n *DateRange) String() string {
	start, end := "*", "*"
	if !n.Start.IsZero() {
		start = n.Start.Format(time.DateOnly)
	}
	if !n.End.IsZero() {
		end = n.End.Format(time.DateOnly)
	}
	open := bracket(!n.Start.IsZero(), "[", "(")
	return n.Field + ":" + open + start + "," + end + ")"
}

// String returns the excluded clause after a minus sign.
func (n *Not) String() string { return "-" + n.Node.String() }

// String returns the clauses as and(...).
func (n *And) String() string { return "and(" + joinNodes(n.Nodes) + ")" }

// String returns the alternatives as or(...).
func (n *Or) String() string { return "or(" + joinNodes(n.Nodes) + ")" }

func bracket(inclusive bool, closed, open string) string {
	if inclusive {
		return closed
	}
	return open
}

func boundString(v *float64) string {
	if v == nil {
		return "*"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

func joinNodes(nodes []Node) string {
	parts := make([]string, len(nodes))
	for i, n := range nodes {
		parts[i] = n.String()
	}
	return strings.Join(parts, " ")
}
