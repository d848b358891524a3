package index

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// digestText returns a digest of one day with a paper per id.
func digestText(day string, ids ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "## Daily Papers (%s)\n\n", day)
	for _, id := range ids {
		fmt.Fprintf(&b, "### [Paper %s of %s](https://arxiv.org/abs/%s)\nVote: 3\n"+
			"Authors: Kim Minsu, Lee Jiwoo\n- ***What's New***: 확산 모델(diffusion models) %s\n\n",
			id, day, id, day)
	}
	return b.String()
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// buildDir indexes dir into the index at path and returns the summary.
func buildDir(t *testing.T, path string, opts BuildOptions, dirs ...string) Summary {
	t.Helper()
	ix, err := OpenOrCreate(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	sources, _, errs := Find(dirs)
	if len(errs) > 0 {
		t.Fatalf("Find(%v) errors: %v", dirs, errs)
	}
	sum, err := ix.BuildWith(context.Background(), sources, opts)
	if err != nil {
		t.Fatalf("BuildWith: %v", err)
	}
	return sum
}

func TestBuildBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.md"), digestText("2024-10-18", "2410.00001", "2410.00002"))
	writeFile(t, filepath.Join(dir, "empty.md"), "")
	writeFile(t, filepath.Join(dir, "binary.md"), "## Daily\x00\x01\x02")
	writeFile(t, filepath.Join(dir, "utf8.md"),
		digestText("2024-10-19", "2410.00003")+"- bad \xff\xfe bytes\n")
	writeFile(t, filepath.Join(dir, "noheading.md"), "just some notes\n")
	cut := digestText("2024-10-20", "2410.00004")
	writeFile(t, filepath.Join(dir, "cut.md"), cut+"### [Half a title](https://arxiv.org/abs/2410.00008)\nVote: 1\nAuth")
	writeFile(t, filepath.Join(dir, "dup.md"),
		digestText("2024-10-21", "2410.00005", "2410.00005", "2410.00001"))
	writeFile(t, filepath.Join(dir, "notes.txt"), "not a digest")
	long := digestText("2024-10-22", "2410.00006") + "- " + strings.Repeat("요약 ", 120_000) + "\n"
	writeFile(t, filepath.Join(dir, "long.md"), long)
	if err := os.Mkdir(filepath.Join(dir, "folder.md"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop.md", filepath.Join(dir, "loop.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(dir, filepath.Join(dir, "self")); err != nil {
		t.Fatal(err)
	}
	big, err := os.Create(filepath.Join(dir, "big.md"))
	if err != nil {
		t.Fatal(err)
	}
	big.WriteString(digestText("2024-10-23", "2410.00007"))
	line := "- " + strings.Repeat("x", 1021) + "\n"
	for range 100 << 10 { // 100 MiB of summary lines
		big.WriteString(line)
	}
	big.Close()

	sources, skipped, errs := Find([]string{dir})
	if len(errs) > 0 {
		t.Fatalf("Find errors: %v", errs)
	}
	for _, name := range []string{"notes.txt", "pipe.md", "loop.md", "self"} {
		if !hasWarning(skipped, name) {
			t.Errorf("Find skipped %v, want a warning for %s", skipped, name)
		}
	}
	sources = append(sources, Source{Name: "unreadable.md",
		Open: func() (io.ReadCloser, error) { return nil, os.ErrPermission }})

	ix, err := OpenOrCreate(context.Background(), filepath.Join(t.TempDir(), "ix"))
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	sum, err := ix.BuildWith(context.Background(), sources, BuildOptions{})
	if err != nil {
		t.Fatalf("BuildWith: %v", err)
	}
	if n, _ := ix.Count(); n != 8 {
		t.Errorf("Count() = %d, want 8", n)
	}
	if len(sum.Errors) != 1 || !errors.Is(sum.Errors[0], os.ErrPermission) {
		t.Errorf("Errors = %v, want one permission error", sum.Errors)
	}
	for _, name := range []string{"binary.md", "utf8.md", "noheading.md", "dup.md"} {
		if !hasWarning(sum.Warnings, name) {
			t.Errorf("Warnings lack %s: %v", name, sum.Warnings)
		}
	}
	p, err := ix.Get(context.Background(), "2410.00001")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Dates) != 2 {
		t.Errorf("Get(2410.00001).Dates = %v, want both days", p.Dates)
	}
	if p, err := ix.Get(context.Background(), "2410.00006"); err != nil || len(p.SummaryText()) < 800_000 {
		t.Errorf("long summary of 2410.00006 was not indexed (err %v)", err)
	}
}

func hasWarning(warnings []Warning, file string) bool {
	for _, w := range warnings {
		if filepath.Base(w.File) == file && w.Message != "" {
			return true
		}
	}
	return false
}

func TestBuildIncremental(t *testing.T) {
	ctx := context.Background()
	dir, other := t.TempDir(), t.TempDir()
	path := filepath.Join(t.TempDir(), "ix")
	a, b := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	writeFile(t, a, digestText("2024-10-18", "2410.00001", "2410.00002"))
	writeFile(t, b, digestText("2024-10-19", "2410.00002", "2410.00003"))
	buildDir(t, path, BuildOptions{}, dir)

	t.Run("unchanged", func(t *testing.T) {
		sum := buildDir(t, path, BuildOptions{}, dir)
		if sum.Files != 0 || sum.Unchanged != 2 || sum.Papers != 0 {
			t.Errorf("re-index summary = %+v, want 2 unchanged files and nothing written", sum)
		}
	})
	t.Run("changed file", func(t *testing.T) {
		writeFile(t, b, digestText("2024-10-19", "2410.00003", "2410.00004"))
		sum := buildDir(t, path, BuildOptions{}, dir)
		if sum.Files != 1 {
			t.Errorf("Files = %d, want 1", sum.Files)
		}
		wantIDs(t, path, "2410.00001", "2410.00002", "2410.00003", "2410.00004")
		if p := getPaper(t, path, "2410.00002"); len(p.Dates) != 1 {
			t.Errorf("2410.00002 dates = %v, want only the day of a.md", p.Dates)
		}
	})
	t.Run("moved paper", func(t *testing.T) {
		writeFile(t, a, digestText("2024-10-18", "2410.00002"))
		writeFile(t, filepath.Join(other, "c.md"), digestText("2024-10-20", "2410.00001"))
		buildDir(t, path, BuildOptions{}, dir, other)
		wantIDs(t, path, "2410.00001", "2410.00002", "2410.00003", "2410.00004")
		if p := getPaper(t, path, "2410.00001"); len(p.Dates) != 1 || p.Dates[0].Day() != 20 {
			t.Errorf("moved 2410.00001 dates = %v, want only 2024-10-20", p.Dates)
		}
	})
	t.Run("deleted file", func(t *testing.T) {
		os.Remove(b)
		buildDir(t, path, BuildOptions{}, dir, other)
		wantIDs(t, path, "2410.00001", "2410.00002", "2410.00003", "2410.00004")
		sum := buildDir(t, path, BuildOptions{Prune: true}, dir, other)
		if sum.Pruned != 1 || sum.Deleted != 2 {
			t.Errorf("prune summary = %+v, want 1 file and 2 papers removed", sum)
		}
		wantIDs(t, path, "2410.00001", "2410.00002")
	})
	t.Run("rebuild", func(t *testing.T) {
		sources, _, _ := Find([]string{other})
		if _, err := Rebuild(ctx, path, sources, BuildOptions{}, "test"); err != nil {
			t.Fatal(err)
		}
		wantIDs(t, path, "2410.00001")
		cancelled, cancel := context.WithCancel(ctx)
		cancel()
		sources, _, _ = Find([]string{dir})
		if _, err := Rebuild(cancelled, path, sources, BuildOptions{}, "test"); err == nil {
			t.Fatal("Rebuild with a cancelled context succeeded")
		}
		wantIDs(t, path, "2410.00001")
	})
}

func getPaper(t *testing.T, path, id string) *Paper {
	t.Helper()
	ix, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	p, err := ix.Get(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// wantIDs checks the index holds exactly ids and passes Check.
func wantIDs(t *testing.T, path string, ids ...string) {
	t.Helper()
	ix, err := Open(context.Background(), path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	have, err := ix.ids(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(have) != len(ids) {
		t.Errorf("index ids = %v, want %v", have, ids)
	}
	for _, id := range ids {
		if !have[id] {
			t.Errorf("index lacks %s; has %v", id, have)
		}
	}
	r, err := ix.Check(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Missing)+len(r.Extra) > 0 {
		t.Errorf("Check() = %+v, want no missing or extra ids", r)
	}
}
