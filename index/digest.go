package index

// A digest is one markdown file per day:
//
//	## Daily Papers (2024-10-18)
//
//	### [Title](https://arxiv.org/abs/2410.09342)
//	![](thumbnail URL)                 or [Watch Video](URL), [Watch Video]URL, <div><video src=...>
//	Vote: 34                           "-" or a missing line means unknown
//	Authors: A, B, + , C               or the Python list form ['A', 'B']
//	- ***What's New***: text           labels in two or three stars, or no label at all
//	  nested, numbered or blank lines continue the current section
//
// A file may repeat the "## Daily Papers" heading with more papers below it. Lines
// are read one at a time with a cap on their length, so a file of any size is read
// in bounded memory apart from the papers it returns.

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// Limits that keep one hostile digest from taking unbounded memory. The real
// digests stay far below them: their longest line has about 10 KB.
const (
	maxLineBytes    = 1 << 20 // longer lines are truncated
	maxSummaryBytes = 1 << 20 // summary text kept per paper
	maxAuthors      = 10000   // names kept per paper
	maxWarnings     = 1000    // warnings kept per file, then one notice
	binaryPeekBytes = 8 << 10 // a NUL byte in this prefix marks a binary file
)

const digestHeading = "## Daily Papers ("

// Warning is a problem found in a digest that did not stop the reading.
type Warning struct {
	File    string // the source name given to Parse
	Line    int    // 1-based line, 0 when the problem concerns the whole file
	Message string // the problem and the action taken
}

// String formats the warning as "file:line: message".
func (w Warning) String() string {
	return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Message)
}

// ParseFile opens the digest at path and parses it like Parse.
func ParseFile(path string) ([]Paper, []Warning, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("open digest: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads one digest. file names the source in warnings and in Paper.Source,
// and when the digest has no heading, a file name of the form YYYY-MM-DD.md gives
// the date. Parse returns every good paper in digest order. Malformed entries give
// warnings and the rest is still read. The error is non-nil only when r fails, and
// then the papers and warnings read before the failure are returned with it.
func Parse(r io.Reader, file string) ([]Paper, []Warning, error) {
	br := bufio.NewReaderSize(&stickyReader{r: r}, 16<<10)
	p := &parser{file: file, seen: make(map[string]int)}

	// A read error here is returned again to the line reader, after the lines
	// before it, because stickyReader repeats it.
	head, _ := br.Peek(binaryPeekBytes)
	if bytes.IndexByte(head, 0) >= 0 {
		p.warn(1, "binary file (NUL byte in the first 8 KiB); no papers read")
		return nil, p.warnings, nil
	}

	lines := lineReader{r: br}
	for {
		raw, truncated, err := lines.next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			p.finish()
			return p.papers, p.warnings,
				fmt.Errorf("read digest %s after line %d: %w", file, lines.number, err)
		}
		if truncated {
			p.warn(lines.number, fmt.Sprintf("line longer than %d bytes; the rest is dropped",
				maxLineBytes))
		}
		p.line(lines.number, p.decode(lines.number, raw))
	}
	p.finish()
	return p.papers, p.warnings, nil
}

// decode returns the line as valid UTF-8 without control characters. Bad bytes
// become U+FFFD, and the first line that has them is reported once per file.
func (p *parser) decode(n int, raw []byte) string {
	if n == 1 {
		raw = bytes.TrimPrefix(raw, []byte("\uFEFF"))
	}
	s := string(raw)
	if !utf8.ValidString(s) {
		if !p.badUTF8 {
			p.badUTF8 = true
			p.warn(n, "invalid UTF-8; bad bytes replaced with U+FFFD from this line on")
		}
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return removeControls(s)
}

// parseDigestHeading returns the date of a "## Daily Papers (YYYY-MM-DD)" line.
func parseDigestHeading(s string) (time.Time, error) {
	value := strings.TrimSpace(strings.TrimPrefix(s, digestHeading))
	value = strings.TrimSpace(strings.TrimSuffix(value, ")"))
	return time.Parse(time.DateOnly, value)
}

// dateFromFileName returns the date of a file named YYYY-MM-DD.md.
func dateFromFileName(file string) (time.Time, bool) {
	base := filepath.Base(file)
	if !strings.HasSuffix(base, ".md") {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, strings.TrimSuffix(base, ".md"))
	return d, err == nil
}

// parser holds the state of one Parse call.
type parser struct {
	file     string
	date     time.Time
	hasDate  bool
	headed   bool // a digest heading was seen
	fallback bool // the date was taken, or tried, from the file name
	badUTF8  bool
	entry    *entry
	papers   []Paper
	seen     map[string]int // paper ID to its index in papers
	warnings []Warning
}

// entry is the paper being read, from its "###" heading to the next one.
type entry struct {
	paper   Paper
	drop    string // reason to drop the paper, empty when it is kept
	current int    // index of the section that continuation lines extend, -1 before any
	texts   []*strings.Builder
	size    int  // bytes of summary text kept
	capped  bool // summary text beyond maxSummaryBytes was dropped
}

func (p *parser) warn(line int, message string) {
	switch {
	case len(p.warnings) < maxWarnings:
		p.warnings = append(p.warnings, Warning{File: p.file, Line: line, Message: message})
	case len(p.warnings) == maxWarnings:
		p.warnings = append(p.warnings, Warning{File: p.file, Line: line,
			Message: fmt.Sprintf("more than %d warnings; the rest are omitted", maxWarnings)})
	}
}

func (p *parser) line(n int, s string) {
	switch {
	case strings.HasPrefix(s, digestHeading):
		p.finishEntry()
		p.heading(n, s)
	case s == "###" || strings.HasPrefix(s, "### "):
		p.finishEntry()
		p.startEntry(n, s)
	case p.entry != nil:
		p.entryLine(n, s)
	case strings.TrimSpace(s) != "":
		p.warn(n, "text outside a paper entry; ignored")
	}
}

func (p *parser) heading(n int, s string) {
	p.headed = true
	d, err := parseDigestHeading(s)
	if err == nil {
		p.date, p.hasDate = d, true
		return
	}
	p.warn(n, fmt.Sprintf("invalid date in digest heading %q; want YYYY-MM-DD", s))
	if !p.hasDate && !p.fallback {
		p.dateFromFile(n)
	}
}

// dateFromFile takes the date from the file name, for a digest whose heading is
// missing or has no valid date.
func (p *parser) dateFromFile(n int) {
	p.fallback = true
	if d, ok := dateFromFileName(p.file); ok {
		p.date, p.hasDate = d, true
		return
	}
	p.warn(n, "digest date unknown: the file name is not YYYY-MM-DD.md; papers get no date")
}

func (p *parser) startEntry(n int, s string) {
	if !p.headed && !p.fallback {
		p.warn(1, `no "## Daily Papers (YYYY-MM-DD)" heading`)
		p.dateFromFile(1)
	}

	e := &entry{current: -1, paper: Paper{Source: Location{File: p.file, Line: n}}}
	p.entry = e
	title, link, problem := parseEntryHeading(s)
	e.paper.Title = title
	e.paper.DisplayTitle = DisplayTitle(title)
	e.paper.URL = link
	if title == "" {
		e.drop = "heading has no title"
	}
	if problem != "" {
		p.warn(n, problem)
	}
	if link == "" {
		e.drop = "heading has no link"
		return
	}

	id, arxiv := paperID(link)
	switch {
	case id == "":
		e.drop = fmt.Sprintf("link %q is not a URL", link)
	case !arxiv && isArxivLink(link):
		e.drop = fmt.Sprintf("link %q has no valid arXiv id, as if cut off; the entry is skipped: "+
			"fix the link to index it", link)
	case !arxiv:
		p.warn(n, fmt.Sprintf("link %q is not an arXiv paper; ID %q derived from it", link, id))
	}
	e.paper.ID = id
}

// parseEntryHeading splits "### [Title](link)" and describes what is malformed.
// The title may contain brackets of its own, so the link starts at the last "](".
func parseEntryHeading(s string) (title, link, problem string) {
	body := strings.TrimSpace(strings.TrimPrefix(s, "###"))
	if !strings.HasPrefix(body, "[") {
		return body, "", "paper heading is not of the form ### [Title](link)"
	}
	split := strings.LastIndex(body, "](")
	if split < 0 {
		return strings.TrimSpace(strings.TrimSuffix(body[1:], "]")), "",
			"paper heading has no (link) after its [Title]"
	}

	title = strings.TrimSpace(body[1:split])
	rest := body[split+2:]
	end := strings.IndexByte(rest, ')')
	if end < 0 {
		return title, strings.TrimSpace(rest), "paper link has no closing parenthesis"
	}
	return title, strings.TrimSpace(rest[:end]), ""
}

func (p *parser) entryLine(n int, s string) {
	e := p.entry
	t := strings.TrimSpace(s)
	if t == "" {
		return
	}
	if e.current < 0 && p.headerLine(n, t) {
		return
	}
	// Only a bullet at the start of the line opens a section. Nested, numbered and
	// other lines continue the current one.
	text := t
	if strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "* ") || s == "-" {
		var label string
		label, text = splitLabel(strings.TrimSpace(s[1:]))
		e.section(label)
	} else if e.current < 0 {
		p.warn(n, fmt.Sprintf("line %q is neither a header (Vote, Authors, image) nor a "+
			"summary bullet, as if cut off; it is read as summary text", clip(t, 40)))
		e.section("")
	}
	if e.appendText(text) {
		p.warn(n, fmt.Sprintf("summary longer than %d bytes; the rest is dropped",
			maxSummaryBytes))
	}
}

// headerLine reads an image, video, vote or authors line of the current entry and
// reports whether t was one.
func (p *parser) headerLine(n int, t string) bool {
	e := p.entry
	switch {
	case strings.HasPrefix(t, "!["):
		if e.paper.Image == "" {
			e.paper.Image = markdownLink(t)
		}
	case strings.HasPrefix(t, "[Watch Video]"):
		if e.paper.Video == "" {
			e.paper.Video = markdownLink(t)
		}
	case strings.HasPrefix(t, "<div><video") || strings.HasPrefix(t, "<video"):
		if e.paper.Video == "" {
			e.paper.Video = videoSource(t)
		}
	case strings.HasPrefix(t, "Vote:"):
		votes, problem := parseVotes(strings.TrimPrefix(t, "Vote:"))
		e.paper.Votes = votes
		if problem != "" {
			p.warn(n, problem)
		}
	case strings.HasPrefix(t, "Authors:"):
		authors, problem := parseAuthors(strings.TrimPrefix(t, "Authors:"))
		e.paper.Authors = authors
		if problem != "" {
			p.warn(n, problem)
		}
	default:
		return false
	}
	return true
}

// section makes the section with label current, creating it at the end when the
// entry has none with that label yet.
func (e *entry) section(label string) {
	for i, s := range e.paper.Sections {
		if s.Label == label {
			e.current = i
			return
		}
	}
	e.paper.Sections = append(e.paper.Sections, Section{Label: label})
	e.texts = append(e.texts, new(strings.Builder))
	e.current = len(e.paper.Sections) - 1
}

// appendText adds text to the current section and reports whether it is the
// first text dropped because the summary reached maxSummaryBytes.
func (e *entry) appendText(text string) bool {
	if text == "" || e.capped {
		return false
	}
	if e.size+len(text) > maxSummaryBytes {
		e.capped = true
		return true
	}
	b := e.texts[e.current]
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	b.WriteString(text)
	e.size += len(text) + 1
	return false
}

func (p *parser) finish() {
	p.finishEntry()
	if !p.headed && !p.fallback {
		p.warn(1, `no "## Daily Papers (YYYY-MM-DD)" heading`)
	}
}

// finishEntry adds the current entry to the papers, or drops it with a warning,
// and merges it into an earlier entry with the same ID.
func (p *parser) finishEntry() {
	e := p.entry
	if e == nil {
		return
	}
	p.entry = nil
	line := e.paper.Source.Line
	if e.drop != "" {
		p.warn(line, "paper entry dropped: "+e.drop+
			"; write the heading as ### [Title](https://arxiv.org/abs/ID)")
		return
	}
	if len(e.paper.Sections) == 0 {
		p.warn(line, fmt.Sprintf("paper %s has no summary; the entry may be cut off", e.paper.ID))
	}

	for i := range e.paper.Sections {
		e.paper.Sections[i].Text = e.texts[i].String()
	}
	if p.hasDate {
		e.paper.Dates = []time.Time{p.date}
	}
	if i, ok := p.seen[e.paper.ID]; ok {
		p.warn(line, fmt.Sprintf("paper %s repeats the entry at line %d; entries merged",
			e.paper.ID, p.papers[i].Source.Line))
		p.papers[i] = mergePair(p.papers[i], e.paper)
		return
	}
	p.seen[e.paper.ID] = len(p.papers)
	p.papers = append(p.papers, e.paper)
}

// clip returns s cut to at most n runes, for quoting input in a warning.
func clip(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}
