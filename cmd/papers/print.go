package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/width"

	"github.com/papers-search/papers/query"
)

const (
	ansiBold  = "\x1b[1m"
	ansiDim   = "\x1b[2m"
	ansiReset = "\x1b[0m"
)

// printer writes human output, fitted to the terminal's width and styled only
// on a terminal without NO_COLOR.
type printer struct {
	w     io.Writer
	color bool
	width int // 0: do not cut lines
}

func (a *app) newPrinter() *printer {
	return &printer{w: a.stdout, color: a.useColor(a.stdout), width: termWidth(a.stdout)}
}

func (p *printer) style(code, s string) string {
	if !p.color {
		return s
	}
	return code + s + ansiReset
}

func (p *printer) result(res *query.Result, req query.Request, explain bool) {
	if len(res.Hits) == 0 && res.Total > 0 {
		fmt.Fprintf(p.w, "no papers on this page: %q matches %d papers\n", res.Query, res.Total)
	} else if len(res.Hits) == 0 {
		fmt.Fprintf(p.w, "no papers match %q\n", res.Query)
	}
	first := (max(req.Page, 1) - 1) * max(req.Limit, 1)
	if req.After != "" {
		first = 0
	}
	for i, h := range res.Hits {
		p.hit(first+i+1, h, explain)
	}
	if len(res.Hits) > 0 {
		fmt.Fprintf(p.w, "%d of %d papers\n", first+len(res.Hits), res.Total)
	}
	p.facets(res.Facets, req.Facets)
}

func (p *printer) hit(rank int, h query.Hit, explain bool) {
	fmt.Fprintf(p.w, "%2d. %s\n", rank, p.style(ansiBold, p.fit(h.Title, 4)))
	votes := "votes unknown"
	if h.Votes != nil {
		votes = fmt.Sprintf("%d votes", *h.Votes)
	}
	meta := fmt.Sprintf("%s · %s · %s · %s", h.ID, h.Date, votes, authorList(h.Authors, 3))
	fmt.Fprintf(p.w, "    %s\n", p.style(ansiDim, p.fit(meta, 4)))
	if explain {
		fmt.Fprintf(p.w, "    text score %.4f × vote factor %.4f = score %.4f\n", h.TextScore, h.VoteFactor, h.Score)
	}
	if h.Snippet != "" {
		fmt.Fprintf(p.w, "    %s\n", p.snippet(h))
	}
	fmt.Fprintln(p.w)
}

// snippet renders the snippet on one line, with matches in bold on a terminal.
func (p *printer) snippet(h query.Hit) string {
	text, marks := h.Snippet, h.Marks
	if p.width > 0 {
		cut := p.cutAt(text, p.width-4)
		text = text[:cut]
		var kept [][2]int
		for _, m := range marks {
			if m[1] <= cut {
				kept = append(kept, m)
			}
		}
		marks = kept
	}
	text = strings.ReplaceAll(text, "\n", " ")
	if !p.color {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range marks {
		b.WriteString(text[last:m[0]])
		b.WriteString(ansiBold + text[m[0]:m[1]] + ansiReset)
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// fit cuts s to the terminal width less indent columns, counting wide (Hangul,
// Han) characters as two columns.
func (p *printer) fit(s string, indent int) string {
	if p.width <= 0 {
		return s
	}
	cut := p.cutAt(s, p.width-indent)
	if cut < len(s) {
		return s[:cut] + "…"
	}
	return s
}

// cutAt returns the byte offset where s exceeds cols display columns.
func (p *printer) cutAt(s string, cols int) int {
	used := 0
	for i, r := range s {
		w := 1
		switch width.LookupRune(r).Kind() {
		case width.EastAsianWide, width.EastAsianFullwidth:
			w = 2
		}
		if used+w > cols-1 {
			return i
		}
		used += w
	}
	return len(s)
}

func (p *printer) facets(facets map[string]query.Facet, order []string) {
	for _, name := range order {
		f, ok := facets[name]
		if !ok {
			continue
		}
		fmt.Fprintf(p.w, "\n%s\n", p.style(ansiBold, name))
		for _, c := range f {
			fmt.Fprintf(p.w, "  %5d  %s\n", c.Count, c.Term)
		}
	}
}

func authorList(authors []string, n int) string {
	if len(authors) == 0 {
		return "authors unknown"
	}
	if len(authors) <= n {
		return strings.Join(authors, ", ")
	}
	return strings.Join(authors[:n], ", ") + fmt.Sprintf(" +%d", len(authors)-n)
}

func writeJSON(w io.Writer, v interface{}) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write JSON: %w", err)
	}
	return nil
}
