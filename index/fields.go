package index

// Field names of the bleve index. The mapping that gives each its analyzer and
// storage is built in mapping.go.
const (
	FieldID        = "id"         // keyword: the arXiv id
	FieldTitle     = "title"      // text: DisplayTitle, Hangul-aware analyzer
	FieldSummary   = "summary"    // text: every summary section joined, Hangul-aware analyzer
	FieldParts     = "parts"      // text: title and summary with the right-hand parts of Hangul compounds
	FieldAuthors   = "authors"    // text: author names for free-text search
	FieldAuthor    = "author"     // keyword: author names as written, for facets
	FieldAuthorKey = "author_key" // keyword: author names folded (case, accents) for exact filters
	FieldVotes     = "votes"      // numeric with doc values, absent when votes are unknown
	FieldDate      = "date"       // datetime: every digest day the paper appeared on
	FieldMonth     = "month"      // keyword: "2006-01" of each date, for the month facet
	FieldLabel     = "label"      // keyword: section labels, for the section facet
	FieldFile      = "file"       // keyword: digest file the fields came from
	FieldSource    = "paper"      // stored only: the Paper as JSON, for display

	// SectionFieldPrefix starts the per-section text fields, such as "section.new".
	SectionFieldPrefix = "section."
)

// Section field names, one per summary kind. Labels other than the three standard
// ones, and unlabelled bullets, go to SectionOther.
const (
	SectionNew         = SectionFieldPrefix + "new"         // "What's New"
	SectionTechnical   = SectionFieldPrefix + "technical"   // "Technical Details"
	SectionPerformance = SectionFieldPrefix + "performance" // "Performance Highlights"
	SectionOther       = SectionFieldPrefix + "other"       // any other label, or none
)
