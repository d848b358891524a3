// Package index reads daily digests of AI papers and stores them in a bleve
// index for package query to search.
//
// Parse and ParseFile read one digest (markdown, one "## Daily Papers (DATE)"
// heading a day and one "### [Title](link)" entry a paper) into Papers, with
// Warnings for entries they had to skip or repair. Build reads many sources
// (FindDigests for folders, FSDigests for an fs.FS such as the embedded
// samples), merges a paper that appears on several days, and writes the
// papers and a glossary of Korean-English term pairs to the index.
//
//	sources, errs := index.FindDigests([]string{"digests"})
//	// report errs: the other folders are still listed
//	ix, err := index.OpenOrCreate(ctx, path)
//	if err != nil {
//		return err
//	}
//	defer ix.Close()
//	summary, err := ix.Build(ctx, sources, nil)
//
// NewMemory makes an index held in memory, for tests and the samples; Create,
// Open and OpenOrCreate work on a folder. The index layout (each field, its
// analyzer and what is stored) is described once, in the comment of NewMapping
// in mapping.go. The Field constants name the fields. Each document also
// stores the whole Paper as JSON, so Get and PaperOf return it without reading
// the digests again. How the text score is blended with votes is described in
// rank.go of package query.
//
// Build, Add, Get, Stats and All take a context.Context first, which cancels
// them between batches or searches. The package never prints or logs: errors are returned and wrap ErrNotFound or
// ErrNoIndex where a caller may act on them.
package index
