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
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"
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
	File    string
	Line    int
	Message string
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

// stickyReader returns the first error of r on every later read, so that an error
// that bufio.Reader.Peek takes is not lost.
type stickyReader struct {
	r   io.Reader
	err error
}

func (s *stickyReader) Read(b []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(b)
	s.err = err
	return n, err
}

// lineReader returns lines without their line ending, holding at most
// maxLineBytes of a line.
type lineReader struct {
	r      *bufio.Reader
	buf    []byte
	number int // of the line last returned, counting from 1
}

// next returns the next line, whether it was cut to maxLineBytes, and io.EOF
// after the last line. The line is valid until the next call.
func (lr *lineReader) next() ([]byte, bool, error) {
	lr.buf = lr.buf[:0]
	truncated := false
	read := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if room := maxLineBytes - len(lr.buf); len(chunk) > room {
			lr.buf = append(lr.buf, chunk[:room]...)
			truncated = true
		} else {
			lr.buf = append(lr.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		if errors.Is(err, io.EOF) && !read {
			return nil, false, io.EOF
		}
		lr.number++
		line := bytes.TrimSuffix(bytes.TrimSuffix(lr.buf, []byte("\n")), []byte("\r"))
		if truncated {
			line = trimPartialRune(line)
		}
		return line, truncated, nil
	}
}

// trimPartialRune drops a UTF-8 sequence cut short at the end of b, so that a
// truncated line is not reported as invalid UTF-8.
func trimPartialRune(b []byte) []byte {
	start := len(b) - 1
	for start > 0 && len(b)-start < utf8.UTFMax && !utf8.RuneStart(b[start]) {
		start--
	}
	if start >= 0 && !utf8.FullRune(b[start:]) {
		return b[:start]
	}
	return b
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

// removeControls turns a TAB into a space and drops the other C0 and C1 control
// characters and DEL. The digests carry them where a JSON unescape mangled LaTeX,
// such as "\textit" read as TAB and "extit".
func removeControls(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}

	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case isControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0
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

// paperID returns the arXiv ID of an arXiv or Hugging Face paper link, without
// its version, and reports whether it is one. For any other URL it derives a
// stable ID from the host, path and query, such as "openreview.net/forum?id=x",
// and returns "" when link is not an absolute URL.
func paperID(link string) (string, bool) {
	u, err := url.Parse(link)
	if err != nil || u.Host == "" {
		return "", false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	path := strings.Trim(u.Path, "/")

	if host == "arxiv.org" || host == "export.arxiv.org" || host == "huggingface.co" {
		for _, prefix := range []string{"abs/", "pdf/", "html/", "papers/"} {
			id, ok := strings.CutPrefix(path, prefix)
			if !ok {
				continue
			}
			id = stripArxivVersion(strings.TrimSuffix(id, ".pdf"))
			if isArxivID(id) {
				return id, true
			}
		}
	}

	id := host
	if path != "" {
		id += "/" + path
	}
	if u.RawQuery != "" {
		id += "?" + u.RawQuery
	}
	return id, false
}

// isArxivLink reports whether link points into arXiv, whatever its path.
func isArxivLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	return host == "arxiv.org" || host == "export.arxiv.org"
}

func stripArxivVersion(id string) string {
	v := strings.LastIndexByte(id, 'v')
	if v < 0 || v == len(id)-1 || !allDigits(id[v+1:]) {
		return id
	}
	return id[:v]
}

// isArxivID reports whether id is a new-style ID (2410.09342, 0704.0001) or an
// old-style one (hep-th/9901001, math.GT/0309136).
func isArxivID(id string) bool {
	if yymm, number, ok := strings.Cut(id, "."); ok && !strings.Contains(id, "/") {
		return len(yymm) == 4 && allDigits(yymm) &&
			(len(number) == 4 || len(number) == 5) && allDigits(number)
	}
	archive, number, ok := strings.Cut(id, "/")
	if !ok || archive == "" || len(number) != 7 || !allDigits(number) {
		return false
	}
	for _, c := range archive {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// markdownLink returns the target of "![alt](target)" or "[text](target)", or
// the text after the brackets when the parentheses are missing.
func markdownLink(t string) string {
	_, rest, ok := strings.Cut(t, "]")
	if !ok {
		return ""
	}
	rest = strings.TrimSpace(rest)
	if target, found := strings.CutPrefix(rest, "("); found {
		target, _, _ = strings.Cut(target, ")")
		return strings.TrimSpace(target)
	}
	return rest
}

// videoSource returns the src attribute of a "<video src=...>" line, quoted with
// either quote or not at all.
func videoSource(t string) string {
	_, rest, ok := strings.Cut(t, "src=")
	if !ok || rest == "" {
		return ""
	}
	if q := rest[0]; q == '"' || q == '\'' {
		value, _, _ := strings.Cut(rest[1:], string(q))
		return strings.TrimSpace(value)
	}
	end := strings.IndexAny(rest, " >")
	if end < 0 {
		end = len(rest)
	}
	return rest[:end]
}

// parseVotes reads the value of a "Vote:" line. "-" and an empty value mean
// unknown and give nil without a problem.
func parseVotes(value string) (*int, string) {
	value = strings.TrimSpace(value)
	if value == "-" || value == "" {
		return nil, ""
	}
	n, err := strconv.Atoi(value)
	if err != nil || n < 0 {
		return nil, fmt.Sprintf("invalid vote count %q; want a number or -, votes left unknown",
			value)
	}
	return &n, ""
}

// maxLabelBytes keeps a bold phrase that merely ends in a colon from becoming a
// section label when it runs long.
const maxLabelBytes = 100

// splitLabel splits a bullet into its label and text. It takes "**Label**: text",
// "***Label***: text", the unbalanced "***Label*: text" and "**Label:** text". A
// bullet without such a label has the empty label.
func splitLabel(bullet string) (label, text string) {
	body := strings.TrimLeft(bullet, "*")
	stars := len(bullet) - len(body)
	end := strings.IndexByte(body, '*')
	if stars == 0 || stars > 3 || end <= 0 || end > maxLabelBytes {
		return "", bullet
	}

	label = strings.TrimSpace(body[:end])
	after := strings.TrimLeft(body[end:], "*")
	if inner, ok := strings.CutSuffix(label, ":"); ok {
		label = strings.TrimSpace(inner)
	} else if rest, ok := strings.CutPrefix(strings.TrimLeft(after, " "), ":"); ok {
		after = rest
	} else {
		return "", bullet
	}
	if label == "" {
		return "", bullet
	}
	return normalizeLabel(label), strings.TrimSpace(after)
}

// normalizeLabel maps any case or apostrophe of the three standard labels to
// LabelNew, LabelTechnical or LabelPerformance, and keeps other labels as written.
func normalizeLabel(label string) string {
	key := strings.ToLower(strings.ReplaceAll(label, "’", "'"))
	switch key {
	case "what's new":
		return LabelNew
	case "technical details":
		return LabelTechnical
	case "performance highlights":
		return LabelPerformance
	}
	return label
}

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
// single capitalised word, such as "Yingyan" and "Lin": every other name of the
// digests has at least two words, so such a pair is one name split by a stray
// comma. Organisations written in capitals ("NVIDIA") are left alone. It
// returns the items and the joined names, which the caller reports, so that two
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
