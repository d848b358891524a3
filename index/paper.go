package index

import "time"

// Paper is one paper of a daily digest, merged over every day it appeared on.
type Paper struct {
	// ID is the arXiv identifier, such as "2409.03810".
	ID string `json:"id"`
	// Title is the title as the digest wrote it, LaTeX included.
	Title string `json:"title"`
	// DisplayTitle is Title with LaTeX commands made readable ("$\times$" becomes "×").
	DisplayTitle string `json:"display_title"`
	// URL is the paper's link, usually https://arxiv.org/abs/ID.
	URL string `json:"url"`
	// Image is the thumbnail URL, empty when the entry has none.
	Image string `json:"image,omitempty"`
	// Video is the video URL of an entry that shows a video instead of a thumbnail.
	Video string `json:"video,omitempty"`
	// Dates lists the digest days the paper appeared on, oldest first.
	Dates []time.Time `json:"dates"`
	// Votes is the community vote count, nil when the digest gave none or "-".
	Votes *int `json:"votes"`
	// Authors lists the names in digest order, each once, without "+" markers.
	Authors []string `json:"authors"`
	// Sections holds the summary bullets grouped by label, in digest order.
	Sections []Section `json:"sections"`
	// Source locates the entry the fields were taken from.
	Source Location `json:"source"`
}

// Section is one labelled part of a paper's summary. Bullets without a label form
// one section with an empty Label.
type Section struct {
	Label string `json:"label"`
	Text  string `json:"text"`
}

// Location names a line of a digest file.
type Location struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// Date returns the latest day the paper appeared on, or the zero time when it has none.
func (p *Paper) Date() time.Time {
	if len(p.Dates) == 0 {
		return time.Time{}
	}
	return p.Dates[len(p.Dates)-1]
}
