package index

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

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
	// NFKC turns full-width digits ("７") into ASCII ones.
	value = strings.TrimSpace(norm.NFKC.String(value))
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
