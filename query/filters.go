package query

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	bq "github.com/blevesearch/bleve/v2/search/query"

	"github.com/papers-search/papers/index"
)

// Filters holds the filter flags of `papers search`. Each flag restricts the hits
// without changing their scores.
type Filters struct {
	// Authors lists exact author names, or name prefixes ending in "*". A paper
	// by any of them matches.
	Authors []string
	// Since is the first day, month or year of digest dates to keep, written
	// YYYY, YYYY-MM or YYYY-MM-DD.
	Since string
	// Until is the last period to keep, in the same forms and inclusive of the
	// whole period, so "2024-09" keeps September 30.
	Until string
	// MinVotes is the minimum vote count, nil for no minimum. Papers without a
	// vote count do not match a minimum.
	MinVotes *int
}

// Query builds the bleve query of the filters, nil when no flag is set. Use it as
// the filter clause of a bleve BooleanQuery (AddFilter), where it restricts hits
// without scoring them. Errors name the flag and its value.
func (f Filters) Query() (bq.Query, error) {
	var parts []bq.Query
	if len(f.Authors) > 0 {
		names := make([]bq.Query, len(f.Authors))
		for i, name := range f.Authors {
			t, err := authorTerm(name)
			if err != nil {
				return nil, flagError("--author", name, err)
			}
			names[i] = termQuery(t)
		}
		parts = append(parts, disjunction(names))
	}

	if f.Since != "" || f.Until != "" {
		r, err := f.dateRange()
		if err != nil {
			return nil, err
		}
		parts = append(parts, dateQuery(r))
	}

	if f.MinVotes != nil {
		if *f.MinVotes < 0 {
			return nil, fmt.Errorf("invalid --min-votes %d: use a count of 0 or more", *f.MinVotes)
		}
		min := float64(*f.MinVotes)
		parts = append(parts, numericQuery(&NumericRange{
			Field: index.FieldVotes, Min: &min, MinInclusive: true,
		}))
	}

	switch len(parts) {
	case 0:
		return nil, nil
	case 1:
		return parts[0], nil
	}
	return bq.NewConjunctionQuery(parts), nil
}

func (f Filters) dateRange() (*DateRange, error) {
	r := &DateRange{Field: index.FieldDate}
	if f.Since != "" {
		start, _, err := period(f.Since)
		if err != nil {
			return nil, flagError("--since", f.Since, err)
		}
		r.Start = start
	}
	if f.Until != "" {
		_, end, err := period(f.Until)
		if err != nil {
			return nil, flagError("--until", f.Until, err)
		}
		r.End = end
	}
	if f.Since != "" && f.Until != "" && !r.Start.Before(r.End) {
		return nil, fmt.Errorf("invalid dates: --since %q is after --until %q: swap them",
			f.Since, f.Until)
	}
	return r, nil
}

func flagError(flag, value string, err error) error {
	hint := "check the value"
	if ve, ok := err.(*valueError); ok && ve.hint != "" {
		hint = ve.hint
	}
	return fmt.Errorf("invalid %s %q: %w: %s", flag, value, err, hint)
}

// valueError describes an invalid field or flag value. The caller adds where the
// value came from: a column of the query, or a flag.
type valueError struct {
	msg  string
	hint string // how to fix the value, empty for the caller's generic hint
}

func (e *valueError) Error() string { return e.msg }

// Is makes errors.Is(err, ErrBadRequest) true for invalid values.
func (e *valueError) Is(target error) bool { return target == ErrBadRequest }

// authorTerm builds the exact or, with a trailing "*", the prefix filter of an
// author name.
func authorTerm(name string) (*Term, error) {
	base, prefix := strings.CutSuffix(name, "*")
	if strings.Contains(base, "*") {
		return nil, &valueError{"* inside a name", "put * only at the end, as in author:zhiyuan*"}
	}
	key := index.AuthorKey(base)
	if key == "" {
		return nil, &valueError{"empty author name", `write a name, as in author:"Zhiyuan Liu"`}
	}
	return &Term{Field: index.FieldAuthorKey, Value: key, Prefix: prefix}, nil
}

// idTerm builds the filter of an arXiv id. The index stores ids without a
// version, so a suffix such as "v2" is dropped.
func idTerm(id string) (*Term, error) {
	id = strings.TrimSpace(id)
	if id == "" || strings.ContainsFunc(id, unicode.IsSpace) {
		return nil, &valueError{fmt.Sprintf("%q is not an arXiv id", id),
			"write one id, as in id:2409.03810"}
	}
	if i := strings.LastIndexByte(id, 'v'); i > 0 && isDigits(id[i+1:]) && isDigits(id[i-1:i]) {
		id = id[:i]
	}
	return &Term{Field: index.FieldID, Value: id}, nil
}

// votesRange parses a votes: value: N, >N, >=N, <N, <=N, or an inclusive range
// N..M with an open empty side.
func votesRange(v string) (*NumericRange, error) {
	r := &NumericRange{Field: index.FieldVotes, MinInclusive: true, MaxInclusive: true}
	var err error
	switch {
	case strings.HasPrefix(v, ">="):
		r.Min, err = voteCount(v[2:])
	case strings.HasPrefix(v, ">"):
		r.Min, err = voteCount(v[1:])
		r.MinInclusive = false
	case strings.HasPrefix(v, "<="):
		r.Max, err = voteCount(v[2:])
	case strings.HasPrefix(v, "<"):
		r.Max, err = voteCount(v[1:])
		r.MaxInclusive = false
	case strings.Contains(v, ".."):
		return votesBetween(v)
	default:
		r.Min, err = voteCount(v)
		r.Max = r.Min
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

func votesBetween(v string) (*NumericRange, error) {
	lo, hi, _ := strings.Cut(v, "..")
	if lo == "" && hi == "" {
		return nil, &valueError{"range without bounds", "give at least one bound, as in votes:10.."}
	}
	r := &NumericRange{Field: index.FieldVotes, MinInclusive: true, MaxInclusive: true}
	var err error
	if lo != "" {
		if r.Min, err = voteCount(lo); err != nil {
			return nil, err
		}
	}
	if hi != "" {
		if r.Max, err = voteCount(hi); err != nil {
			return nil, err
		}
	}
	if r.Min != nil && r.Max != nil && *r.Min > *r.Max {
		return nil, &valueError{fmt.Sprintf("empty range: %s is greater than %s", lo, hi),
			fmt.Sprintf("swap the bounds, as in votes:%s..%s", hi, lo)}
	}
	return r, nil
}

func voteCount(s string) (*float64, error) {
	if s == "" {
		return nil, &valueError{"missing vote count", ""}
	}
	n, err := strconv.ParseUint(s, 10, 32)
	if err != nil {
		return nil, &valueError{fmt.Sprintf("%q is not a vote count", s),
			"use a whole number of 0 or more, as in votes:50, votes:>=50 or votes:10..100"}
	}
	f := float64(n)
	return &f, nil
}

// dateRange parses a date: value: a period (YYYY, YYYY-MM or YYYY-MM-DD), a
// comparison with one, or a range P..Q that includes all of Q.
func dateRange(v string) (*DateRange, error) {
	r := &DateRange{Field: index.FieldDate}
	var err error
	switch {
	case strings.HasPrefix(v, ">="):
		r.Start, _, err = period(v[2:])
	case strings.HasPrefix(v, ">"):
		_, r.Start, err = period(v[1:])
	case strings.HasPrefix(v, "<="):
		_, r.End, err = period(v[2:])
	case strings.HasPrefix(v, "<"):
		r.End, _, err = period(v[1:])
	case strings.Contains(v, ".."):
		return datesBetween(v)
	default:
		r.Start, r.End, err = period(v)
	}
	if err != nil {
		return nil, err
	}
	return r, nil
}

func datesBetween(v string) (*DateRange, error) {
	lo, hi, _ := strings.Cut(v, "..")
	if lo == "" && hi == "" {
		return nil, &valueError{"range without bounds", "give at least one bound, as in date:2024-09.."}
	}
	r := &DateRange{Field: index.FieldDate}
	var err error
	if lo != "" {
		if r.Start, _, err = period(lo); err != nil {
			return nil, err
		}
	}
	if hi != "" {
		if _, r.End, err = period(hi); err != nil {
			return nil, err
		}
	}
	if lo != "" && hi != "" && !r.Start.Before(r.End) {
		return nil, &valueError{fmt.Sprintf("empty range: %s is after %s", lo, hi),
			fmt.Sprintf("swap the bounds, as in date:%s..%s", hi, lo)}
	}
	return r, nil
}

// period parses YYYY, YYYY-MM or YYYY-MM-DD into the period's first instant and
// the first instant after it, both UTC midnight.
//
// NOTE: the bounds assume the index stores each digest day as UTC midnight.
func period(s string) (start, end time.Time, err error) {
	const hint = "write a date as YYYY, YYYY-MM or YYYY-MM-DD, as in 2024-09"
	parts := strings.Split(s, "-")
	if s == "" || len(parts) > 3 || len(parts[0]) != 4 || !isDigits(parts[0]) {
		return start, end, &valueError{fmt.Sprintf("%q is not a date", s), hint}
	}
	for _, p := range parts[1:] {
		if len(p) < 1 || len(p) > 2 || !isDigits(p) {
			return start, end, &valueError{fmt.Sprintf("%q is not a date", s), hint}
		}
	}

	// Bleve's date range query rejects instants outside these years.
	year, _ := strconv.Atoi(parts[0])
	if year < 1678 || year > 2261 {
		return start, end, &valueError{fmt.Sprintf("year %d is out of range", year),
			"use a year from 1678 to 2261"}
	}
	if len(parts) == 1 {
		start = time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)
		return start, start.AddDate(1, 0, 0), nil
	}

	month, _ := strconv.Atoi(parts[1])
	if month < 1 || month > 12 {
		return start, end, &valueError{fmt.Sprintf("month %d is out of range", month),
			"use a month from 01 to 12"}
	}
	start = time.Date(year, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
	if len(parts) == 2 {
		return start, start.AddDate(0, 1, 0), nil
	}

	day, _ := strconv.Atoi(parts[2])
	days := start.AddDate(0, 1, -1).Day()
	if day < 1 || day > days {
		return time.Time{}, end, &valueError{
			fmt.Sprintf("day %d is out of range: %s has %d days", day, start.Format("January 2006"), days),
			fmt.Sprintf("use a day from 01 to %02d", days)}
	}
	start = start.AddDate(0, 0, day-1)
	return start, start.AddDate(0, 0, 1), nil
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
