package index

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// corpusDir contains the real digests, which may not be redistributed and so are
// absent from most checkouts.
const corpusDir = "../../shared/corpus/real"

// readCorpus returns the paths of the real digests, skipping the test when they
// are absent.
func readCorpus(tb testing.TB) []string {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	if err != nil || len(paths) == 0 {
		tb.Skipf("no digests in %s; put the real corpus there to run this test", corpusDir)
	}
	return paths
}

// corpusCounts are facts measured on the 357 real digests.
type corpusCounts struct {
	entries, unknownVotes, zeroVotes, videos, noAuthors, relativeImages int
	labelled, unlabelled                                                int
}

func TestParseCorpus(t *testing.T) {
	paths := readCorpus(t)
	var all []Paper
	var got corpusCounts
	joined := 0
	for _, path := range paths {
		papers, warnings, err := ParseFile(path)
		if err != nil {
			t.Fatalf("ParseFile(%q) error = %v, want nil", path, err)
		}
		for _, w := range warnings {
			if strings.Contains(w.Message, "split by a comma were joined") {
				joined++
				continue
			}
			t.Errorf("ParseFile(%q) warned %q, want no warning", path, w)
		}
		for _, p := range papers {
			got.count(p)
		}
		all = append(all, papers...)
	}

	want := corpusCounts{entries: 5488, unknownVotes: 32 + 85, zeroVotes: 102, videos: 152,
		noAuthors: 11, relativeImages: 26, labelled: 4075, unlabelled: 1413}
	if got != want {
		t.Errorf("corpus counts = %+v, want %+v", got, want)
	}
	// Five author lines of the corpus write one name split by a comma, such as
	// "Yingyan, Lin"; each is joined with a warning.
	if joined != 5 {
		t.Errorf("joined split author names on %d lines, want 5", joined)
	}
	merged := Merge(all)
	if len(merged) != 5487 {
		t.Errorf("Merge returned %d papers, want 5487", len(merged))
	}
	checkRepeatedPaper(t, merged)
}

func (c *corpusCounts) count(p Paper) {
	c.entries++
	switch {
	case p.Votes == nil:
		c.unknownVotes++
	case *p.Votes == 0:
		c.zeroVotes++
	}
	if p.Video != "" {
		c.videos++
	}
	if len(p.Authors) == 0 {
		c.noAuthors++
	}
	if strings.HasPrefix(p.Image, "/") {
		c.relativeImages++
	}
	if slices.ContainsFunc(p.Sections, func(s Section) bool { return s.Label != "" }) {
		c.labelled++
	} else {
		c.unlabelled++
	}
}

// checkRepeatedPaper checks 2410.09342, listed on 2024-10-16 and again, with a
// new title spelling, votes and authors order, on 2024-10-18.
func checkRepeatedPaper(t *testing.T, merged []Paper) {
	t.Helper()
	i := slices.IndexFunc(merged, func(p Paper) bool { return p.ID == "2410.09342" })
	if i < 0 {
		t.Fatal("Merge lost paper 2410.09342")
	}
	p := merged[i]
	if want := []time.Time{day("2024-10-16"), day("2024-10-18")}; !slices.Equal(p.Dates, want) {
		t.Errorf("2410.09342 Dates = %v, want %v", p.Dates, want)
	}
	title := "LLMtimesMapReduce: Simplified Long-Sequence Processing using Large Language Models"
	if p.Title != title {
		t.Errorf("2410.09342 Title = %q, want the later %q", p.Title, title)
	}
	if p.Votes == nil || *p.Votes != 34 {
		t.Errorf("2410.09342 Votes = %s, want the later 34", formatVotes(p.Votes))
	}
	if len(p.Authors) != 14 || p.Authors[0] != "Zihan Zhou" {
		t.Errorf("2410.09342 Authors = %q, want 14 starting with Zihan Zhou", p.Authors)
	}
	if base := filepath.Base(p.Source.File); base != "2024-10-18.md" {
		t.Errorf("2410.09342 Source.File = %q, want 2024-10-18.md", p.Source.File)
	}
}

func BenchmarkParseCorpus(b *testing.B) {
	paths := readCorpus(b)
	files := make([][]byte, len(paths))
	var size int64
	for i, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		files[i] = data
		size += int64(len(data))
	}

	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, data := range files {
			if _, _, err := Parse(bytes.NewReader(data), paths[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}
