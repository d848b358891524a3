package query

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/blevesearch/bleve/v2/search"
)

// A cursor is the base64 of a JSON object: {"offset":N} under the default
// ranking, whose first pages are reranked outside bleve, and {"after":[...]},
// bleve's search-after sort values, under the other orders.
type cursor struct {
	Offset int      `json:"offset,omitempty"`
	After  []string `json:"after,omitempty"`
}

func encodeOffset(offset int) string { return encodeCursor(cursor{Offset: offset}) }

// encodeAfter returns the cursor after dm. bleve puts "_score" in DecodedSort
// for the score, but its search-after needs the number.
func encodeAfter(dm *search.DocumentMatch) string {
	after := append([]string(nil), dm.DecodedSort...)
	for i, v := range after {
		if v == "_score" {
			after[i] = strconv.FormatFloat(dm.Score, 'g', -1, 64)
		}
	}
	return encodeCursor(cursor{After: after})
}

func encodeCursor(c cursor) string {
	b, _ := json.Marshal(c)
	return base64.RawURLEncoding.EncodeToString(b)
}

func decodeCursorValue(s string) (cursor, error) {
	var c cursor
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		err = json.Unmarshal(b, &c)
	}
	if err != nil || c.Offset < 0 {
		return c, fmt.Errorf("%w: invalid cursor %q: pass the next value of a previous result unchanged", ErrBadRequest, s)
	}
	return c, nil
}

func decodeOffset(s string) (int, error) {
	c, err := decodeCursorValue(s)
	if err == nil && c.After != nil {
		err = fmt.Errorf("%w: cursor %q belongs to another sort order: start again without it", ErrBadRequest, s)
	}
	return c.Offset, err
}

func decodeAfter(s string) ([]string, error) {
	c, err := decodeCursorValue(s)
	if err == nil && c.After == nil {
		err = fmt.Errorf("%w: cursor %q belongs to another sort order: start again without it", ErrBadRequest, s)
	}
	return c.After, err
}
