package index

import (
	"slices"
	"time"
)

// Merge folds papers with the same ID into one and returns the papers in the order
// their IDs were first seen. The merged paper keeps every field of the entry with
// the latest date, or of the entry seen last when the dates tie, and the union of
// all dates, oldest first. The input is not modified.
func Merge(papers []Paper) []Paper {
	merged := make([]Paper, 0, len(papers))
	position := make(map[string]int, len(papers))
	for _, p := range papers {
		i, seen := position[p.ID]
		if !seen {
			p.Dates = unionDates(nil, p.Dates)
			position[p.ID] = len(merged)
			merged = append(merged, p)
			continue
		}
		merged[i] = mergePair(merged[i], p)
	}
	return merged
}

// mergePair folds next, seen after prev, into one paper with the dates of both.
func mergePair(prev, next Paper) Paper {
	kept := next
	if prev.Date().After(next.Date()) {
		kept = prev
	}
	kept.Dates = unionDates(prev.Dates, next.Dates)
	return kept
}

// unionDates returns a new sorted slice of the distinct days in a and b, or nil
// when both are empty.
func unionDates(a, b []time.Time) []time.Time {
	if len(a)+len(b) == 0 {
		return nil
	}
	dates := make([]time.Time, 0, len(a)+len(b))
	dates = append(dates, a...)
	dates = append(dates, b...)
	slices.SortFunc(dates, time.Time.Compare)
	return slices.CompactFunc(dates, time.Time.Equal)
}
