// Package query searches an index of papers built by package index.
//
// Search takes a Request. Its query string follows the syntax that Parse
// documents: words, "phrases", -exclusions, OR, parentheses and the fields
// title:, author:, id:, votes:, date: and section:. The Request also sets the
// filters, the sort order, a page or an After cursor, and the facets to count.
// Search returns a Result whose hits carry
// the stored paper and a snippet of about one sentence from the best-matching
// summary section, with matches marked in SnippetHTML and Marks. Similar finds
// the papers most like a given one.
//
//	ix, err := index.Open(ctx, path, index.Options{ReadOnly: true})
//	if err != nil {
//		return err
//	}
//	defer ix.Close()
//	res, err := query.Search(ctx, ix, query.Request{
//		Query:  `"확산 모델" date:>=2024-06 -video`,
//		Facets: []string{query.FacetAuthor},
//	})
//
// Korean and English text goes through the index's own analyzer (package
// analyze), so particles do not matter ("모델" finds "모델을"), full-width and NFD
// input match their plain forms, and Korean compounds match with or without a
// space. The fields searched and their analyzers are described where the
// mapping is built, in NewMapping of package index.
//
// The default order multiplies each hit's BM25 text score by a bounded vote
// factor, VoteFactor, whose formula and constants are in rank.go. Votes thus
// decide among about equally good matches and never lift a weak match over a
// clearly better one. SortVotes and SortDate order by votes or date instead.
//
// Search and Similar take a context.Context, which cancels the search. The
// package never prints or logs: errors are returned, a malformed query as a
// *SyntaxError with the column of the problem, and invalid Request values as
// errors wrapping ErrBadRequest.
package query
