package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// papersBin is the papers binary that TestMain builds for subprocess tests.
var papersBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "papers-bin")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	papersBin = filepath.Join(dir, "papers")
	if out, err := exec.Command("go", "build", "-o", papersBin, ".").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "build papers: %v\n%s", err, out)
		os.Exit(1)
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// writeSynthetic writes days digests of per papers each, with made-up text.
func writeSynthetic(t *testing.T, dir string, days, per int) int {
	t.Helper()
	for d := range days {
		var b strings.Builder
		fmt.Fprintf(&b, "## Daily Papers (2024-%02d-%02d)\n\n", 1+d/28, 1+d%28)
		for i := range per {
			id := fmt.Sprintf("2401.%05d", d*per+i)
			fmt.Fprintf(&b, "### [Synthetic paper %s](https://arxiv.org/abs/%s)\nVote: %d\n"+
				"Authors: Kim Minsu, Park Jiho\n- ***What's New***: 확산 모델(diffusion models)을 "+
				"이용한 합성 논문 %d번입니다.\n\n", id, id, i, i)
		}
		name := filepath.Join(dir, fmt.Sprintf("day%03d.md", d))
		if err := os.WriteFile(name, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return days * per
}

func runPapers(index string, env []string, args ...string) *exec.Cmd {
	cmd := exec.Command(papersBin, append([]string{"--index", index}, args...)...)
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

func TestIndexKilled(t *testing.T) {
	digests := t.TempDir()
	total := writeSynthetic(t, digests, 40, 50)
	for _, after := range []time.Duration{50, 200, 500, 1000} {
		after *= time.Millisecond
		t.Run(after.String(), func(t *testing.T) {
			index := filepath.Join(t.TempDir(), "ix")
			cmd := runPapers(index, []string{"PAPERS_TEST_BATCH_DELAY=100ms"}, "index", digests)
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(after)
			cmd.Process.Signal(syscall.SIGKILL)
			cmd.Wait()

			if _, err := os.Stat(index); err == nil {
				if out, err := runPapers(index, nil, "check").CombinedOutput(); err != nil {
					t.Errorf("check after kill at %v failed: %v\n%s", after, err, out)
				}
			}
			if out, err := runPapers(index, nil, "index", digests).CombinedOutput(); err != nil {
				t.Fatalf("index again: %v\n%s", err, out)
			}
			out, err := runPapers(index, nil, "check", digests).CombinedOutput()
			if err != nil {
				t.Errorf("check after completing: %v\n%s", err, out)
			}
			want := fmt.Sprintf("%d papers, %d expected", total, total)
			if !strings.Contains(string(out), want) {
				t.Errorf("check output = %q, want %q", out, want)
			}
		})
	}
}

func TestSearchWhileIndexing(t *testing.T) {
	digests := t.TempDir()
	writeSynthetic(t, digests, 40, 50)
	index := filepath.Join(t.TempDir(), "ix")
	writer := runPapers(index, []string{"PAPERS_TEST_BATCH_DELAY=2s"}, "index", digests)
	if err := writer.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		writer.Process.Signal(syscall.SIGKILL)
		writer.Wait()
	}()
	time.Sleep(700 * time.Millisecond)

	start := time.Now()
	out, err := runPapers(index, nil, "search", "확산 모델").CombinedOutput()
	if d := time.Since(start); d > 2500*time.Millisecond {
		t.Errorf("search during index took %v, want under 2.5s", d)
	}
	if err == nil {
		t.Errorf("search during index succeeded, want the lock message; output %q", out)
	}
	want := fmt.Sprintf("is being written by papers index (pid %d", writer.Process.Pid)
	if !strings.Contains(string(out), want) {
		t.Errorf("search output = %q, want %q", out, want)
	}
}

func TestIndexInterrupted(t *testing.T) {
	digests := t.TempDir()
	total := writeSynthetic(t, digests, 40, 50)
	index := filepath.Join(t.TempDir(), "ix")
	cmd := runPapers(index, []string{"PAPERS_TEST_BATCH_DELAY=300ms"}, "index", digests)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	if err := cmd.Wait(); err == nil {
		t.Error("interrupted index exited 0, want non-zero")
	}
	if !strings.Contains(stderr.String(), "run papers index again to finish") {
		t.Errorf("stderr = %q, want the stop message", stderr.String())
	}
	out, err := runPapers(index, nil, "index", digests).CombinedOutput()
	if err != nil {
		t.Fatalf("index again: %v\n%s", err, out)
	}
	if out, err := runPapers(index, nil, "check", digests).CombinedOutput(); err != nil ||
		!strings.Contains(string(out), fmt.Sprintf("%d papers", total)) {
		t.Errorf("check = %v\n%s", err, out)
	}
}
