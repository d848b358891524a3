package papers

import (
	"bytes"
	"io/fs"
	"regexp"
	"strings"
	"testing"
)

// digestName is the file name of one digest day.
var digestName = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}\.md$`)

func TestSamplesListsDigests(t *testing.T) {
	names, err := fs.Glob(Samples(), "*.md")
	if err != nil {
		t.Fatalf("fs.Glob(Samples(), %q) error: %v", "*.md", err)
	}
	if len(names) < 6 || len(names) > 8 {
		t.Fatalf("Samples() contains %d digests %v, want 6 to 8", len(names), names)
	}
	for _, name := range names {
		if !digestName.MatchString(name) {
			t.Errorf("sample digest %q is not named YYYY-MM-DD.md", name)
		}
	}
}

func TestSamplesStartWithHeading(t *testing.T) {
	names, err := fs.Glob(Samples(), "*.md")
	if err != nil {
		t.Fatalf("fs.Glob(Samples(), %q) error: %v", "*.md", err)
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(Samples(), name)
			if err != nil {
				t.Fatalf("fs.ReadFile(Samples(), %q) error: %v", name, err)
			}
			day := strings.TrimSuffix(name, ".md")
			want := "## Daily Papers (" + day + ")\n"
			if !bytes.HasPrefix(data, []byte(want)) {
				first, _, _ := bytes.Cut(data, []byte("\n"))
				t.Errorf("%s starts with %q, want %q", name, first, want)
			}
		})
	}
}

func TestSamplesPaperCount(t *testing.T) {
	entries := 0
	ids := map[string]bool{}
	link := regexp.MustCompile(`(?m)^### \[.*\]\(https://arxiv\.org/abs/(\d{4}\.\d{4,5})\)$`)
	err := fs.WalkDir(Samples(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Samples(), path)
		if err != nil {
			return err
		}
		for _, m := range link.FindAllSubmatch(data, -1) {
			entries++
			ids[string(m[1])] = true
		}
		return nil
	})
	if err != nil {
		t.Fatalf("fs.WalkDir(Samples()) error: %v", err)
	}
	if len(ids) < 45 || len(ids) > 55 {
		t.Errorf("Samples() contains %d distinct papers, want 45 to 55", len(ids))
	}
	// One paper appears on two days, so entries exceed distinct ids by one.
	if entries != len(ids)+1 {
		t.Errorf("Samples() contains %d entries for %d papers, want exactly one repeat",
			entries, len(ids))
	}
}

func TestSamplesControlBytes(t *testing.T) {
	// The digest reader must keep these bytes from a JSON unescape of LaTeX, so
	// the samples carry each one at least once.
	tests := []struct {
		name string
		b    byte
	}{
		{"tab", '\t'},
		{"backspace", '\b'},
		{"form feed", '\f'},
	}
	var all []byte
	names, err := fs.Glob(Samples(), "*.md")
	if err != nil {
		t.Fatalf("fs.Glob(Samples(), %q) error: %v", "*.md", err)
	}
	for _, name := range names {
		data, err := fs.ReadFile(Samples(), name)
		if err != nil {
			t.Fatalf("fs.ReadFile(Samples(), %q) error: %v", name, err)
		}
		all = append(all, data...)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if bytes.IndexByte(all, tc.b) < 0 {
				t.Errorf("Samples() contains no %#x byte, want at least one", tc.b)
			}
		})
	}
}
