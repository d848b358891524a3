package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/mapping"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"github.com/papers-search/papers/analyze"
)

// docType is the bleve document type of every paper.
const docType = "paper"

// NewMapping returns the index mapping of papers. One document is stored per arXiv
// id, with these fields:
//
//	id          keyword   arXiv id (also the document id)
//	title       text      DisplayTitle, analyzer analyze.Name, term vectors
//	summary     text      all sections joined, analyzer analyze.Name, term vectors
//	parts       text      title and summary, analyzer analyze.NameCompound, which
//	                      adds the right-hand parts of Hangul compounds (비키니 in
//	                      사이즈비키니); only with analyzer analyze.Name
//	section.*   text      one field per section kind (new, technical, performance,
//	                      other), analyzer analyze.Name, term vectors; for section:
//	                      scopes and snippets
//	authors     text      names for free-text search, analyzer analyze.Name
//	author      keyword   names as written, doc values for the author facet
//	author_key  keyword   names folded by AuthorKey, for exact author filters
//	votes       numeric   doc values; absent when the votes are unknown
//	date        datetime  every digest day, doc values
//	month       keyword   "2006-01" of each day, doc values for the month facet
//	label       keyword   section labels as written, for the section facet
//	file        keyword   the digest file of the kept entry
//	paper       stored    the whole Paper as JSON; not indexed
//
// Scoring is BM25. Text fields store nothing: snippets are cut from the stored
// Paper, so the index holds each text once.
func NewMapping() mapping.IndexMapping {
	return MappingFor(analyze.Name)
}

// MappingFor returns the mapping of NewMapping with another analyzer for the text
// fields, such as bleve's "standard" or "cjk", to compare analyzers.
func MappingFor(analyzer string) mapping.IndexMapping {
	text := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Analyzer = analyzer
		f.Store = false
		f.IncludeTermVectors = true
		f.IncludeInAll = false
		return f
	}
	keyword := func() *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = false
		f.DocValues = true
		f.IncludeInAll = false
		return f
	}

	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt(FieldID, keyword())
	doc.AddFieldMappingsAt(FieldTitle, text())
	doc.AddFieldMappingsAt(FieldSummary, text())
	if analyzer == analyze.Name {
		parts := text()
		parts.Analyzer = analyze.NameCompound
		parts.IncludeTermVectors = false
		doc.AddFieldMappingsAt(FieldParts, parts)
	}
	doc.AddFieldMappingsAt(FieldAuthors, text())
	doc.AddFieldMappingsAt(FieldAuthor, keyword())
	doc.AddFieldMappingsAt(FieldAuthorKey, keyword())
	doc.AddFieldMappingsAt(FieldMonth, keyword())
	doc.AddFieldMappingsAt(FieldLabel, keyword())
	doc.AddFieldMappingsAt(FieldFile, keyword())

	sections := bleve.NewDocumentStaticMapping()
	for _, name := range []string{SectionNew, SectionTechnical, SectionPerformance, SectionOther} {
		sections.AddFieldMappingsAt(name[len(SectionFieldPrefix):], text())
	}
	doc.AddSubDocumentMapping(SectionFieldPrefix[:len(SectionFieldPrefix)-1], sections)

	votes := bleve.NewNumericFieldMapping()
	votes.Store = false
	votes.DocValues = true
	votes.IncludeInAll = false
	doc.AddFieldMappingsAt(FieldVotes, votes)

	date := bleve.NewDateTimeFieldMapping()
	date.Store = false
	date.DocValues = true
	date.IncludeInAll = false
	doc.AddFieldMappingsAt(FieldDate, date)

	source := bleve.NewTextFieldMapping()
	source.Index = false
	source.Store = true
	source.IncludeInAll = false
	source.IncludeTermVectors = false
	source.DocValues = false
	doc.AddFieldMappingsAt(FieldSource, source)

	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultType = docType
	m.TypeField = "_type"
	m.DefaultAnalyzer = analyzer
	m.DefaultField = FieldSummary
	m.ScoringModel = bleveindex.BM25Scoring
	m.StoreDynamic = false
	m.IndexDynamic = false
	m.DocValuesDynamic = false
	return m
}
