package index

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestBuildWarnsDuplicateAcrossFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "2024-10-16.md"), digestText("2024-10-16", "2410.09342", "2410.00002"))
	writeFile(t, filepath.Join(dir, "2024-10-18.md"), digestText("2024-10-18", "2410.09342"))
	sum := buildDir(t, filepath.Join(t.TempDir(), "ix"), BuildOptions{}, dir)

	var dups []Warning
	for _, w := range sum.Warnings {
		if strings.Contains(w.Message, "also appears in") {
			dups = append(dups, w)
		}
	}
	if len(dups) != 1 {
		t.Fatalf("duplicate warnings = %v, want one", dups)
	}
	if !strings.Contains(dups[0].Message, "2410.09342") || dups[0].Line < 1 {
		t.Errorf("duplicate warning = %+v, want the id and a line", dups[0])
	}
	if sum.Papers != 2 {
		t.Errorf("papers = %d, want 2: the repeated paper is kept once", sum.Papers)
	}
}
