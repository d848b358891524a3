package index

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// sectionField returns the index field of a summary section label.
func sectionField(label string) string {
	switch label {
	case LabelNew:
		return SectionNew
	case LabelTechnical:
		return SectionTechnical
	case LabelPerformance:
		return SectionPerformance
	}
	return SectionOther
}

// The three standard section labels, as Parse normalises them.
const (
	LabelNew         = "What's New"
	LabelTechnical   = "Technical Details"
	LabelPerformance = "Performance Highlights"
)

// SummaryText joins the paper's sections in digest order, one per line.
func (p *Paper) SummaryText() string {
	var b strings.Builder
	for i, s := range p.Sections {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s.Text)
	}
	return b.String()
}

// document converts a paper to the field map that NewMapping describes.
func document(p *Paper) (map[string]interface{}, error) {
	source, err := json.Marshal(p)
	if err != nil {
		return nil, fmt.Errorf("encode paper %s: %w", p.ID, err)
	}

	sections := map[string][]string{}
	labels := make([]string, 0, len(p.Sections))
	for _, s := range p.Sections {
		f := sectionField(s.Label)[len(SectionFieldPrefix):]
		sections[f] = append(sections[f], s.Text)
		if s.Label != "" {
			labels = append(labels, s.Label)
		}
	}
	sectionDoc := map[string]interface{}{}
	for f, texts := range sections {
		sectionDoc[f] = strings.Join(texts, "\n")
	}

	keys := make([]string, len(p.Authors))
	for i, a := range p.Authors {
		keys[i] = AuthorKey(a)
	}
	dates := make([]string, len(p.Dates))
	months := make([]string, len(p.Dates))
	for i, d := range p.Dates {
		dates[i] = d.UTC().Format(time.RFC3339)
		months[i] = d.UTC().Format("2006-01")
	}

	doc := map[string]interface{}{
		"_type":        docType,
		FieldID:        p.ID,
		FieldTitle:     p.DisplayTitle,
		FieldSummary:   p.SummaryText(),
		FieldParts:     p.DisplayTitle + "\n" + p.SummaryText(),
		FieldAuthors:   strings.Join(p.Authors, ", "),
		FieldAuthor:    p.Authors,
		FieldAuthorKey: keys,
		FieldDate:      dates,
		FieldMonth:     months,
		FieldLabel:     labels,
		FieldFile:      p.Source.File,
		FieldSource:    string(source),
		"section":      sectionDoc,
	}
	if p.Votes != nil {
		doc[FieldVotes] = float64(*p.Votes)
	}
	return doc, nil
}

// decodePaper reads the stored JSON of a paper.
func decodePaper(id string, source []byte) (*Paper, error) {
	var p Paper
	if err := json.Unmarshal(source, &p); err != nil {
		return nil, fmt.Errorf("decode stored paper %s: %w (rebuild the index with papers index --rebuild)", id, err)
	}
	return &p, nil
}
