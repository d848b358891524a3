package query

import (
	"context"
	"math"

	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/papers-search/papers/index"
)

// The default ranking multiplies each hit's BM25 text score by a vote factor:
//
//	final = text × (1 + VoteWeight × min(1, ln(1+votes) / ln(1+VoteSaturation)))
//
// The factor runs from 1 (no votes) to 1+VoteWeight (VoteSaturation votes or
// more). The logarithm makes the first votes count most: in the real digests the
// median paper has 8 votes, the 90th percentile 28 and the maximum 291, so a
// linear factor would let a handful of famous papers dominate. Because the
// factor is bounded by 1.2, votes reorder papers whose text scores lie within
// 20% of each other (about equally good matches) and never lift a weak match
// over one that scores clearly higher on text.
const (
	VoteWeight     = 0.2
	VoteSaturation = 100
	// UnknownVotes is the vote count used for a paper whose digest gave none.
	// It is the median of the real digests, so unknown is neither punished
	// like 0 nor rewarded.
	UnknownVotes = 8
)

// VoteFactor returns the multiplier of the default ranking for a vote count;
// nil means unknown.
func VoteFactor(votes *int) float64 {
	v := float64(UnknownVotes)
	if votes != nil {
		v = math.Max(0, float64(*votes))
	}
	return 1 + VoteWeight*math.Min(1, math.Log1p(v)/math.Log1p(VoteSaturation))
}

// withVotes wraps q so that each hit's score is blended with its votes, read
// from the doc values of the votes field.
func withVotes(q bq.Query) bq.Query {
	score := func(_ context.Context, d *search.DocumentMatch) (float64, error) {
		return d.Score * VoteFactor(votesOf(d.Fields[index.FieldVotes])), nil
	}
	return bq.NewCustomScoreQueryWithScorer(q, score, []string{index.FieldVotes}, nil)
}

func votesOf(v interface{}) *int {
	var f float64
	switch x := v.(type) {
	case float64:
		f = x
	case int:
		f = float64(x)
	case int64:
		f = float64(x)
	case []interface{}:
		if len(x) == 0 {
			return nil
		}
		return votesOf(x[0])
	default:
		return nil
	}
	n := int(f)
	return &n
}
