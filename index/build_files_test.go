package index

import (
	"context"
	"fmt"
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

func TestBuildSplitsLargeFileOverBatches(t *testing.T) {
	dir := t.TempDir()
	var ids []string
	for i := 0; i < 50; i++ {
		ids = append(ids, fmt.Sprintf("2402.%05d", i))
	}
	writeFile(t, filepath.Join(dir, "2024-02-01.md"), digestText("2024-02-01", ids...))
	path := filepath.Join(t.TempDir(), "ix")
	batches := 0
	opts := BuildOptions{BatchSize: 10, Progress: func(done, total int) { batches++ }}
	sum := buildDir(t, path, opts, dir)
	if sum.Papers != 50 {
		t.Errorf("papers = %d, want 50", sum.Papers)
	}
	if batches < 2 {
		t.Errorf("batches = %d, want the file's 50 papers split over several", batches)
	}

	ix, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	report, err := ix.Check(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !report.OK() {
		t.Errorf("Check = %+v, want the index to match its manifest", report)
	}
}
