package index

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"
)

func TestOpenWhileWriting(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "ix")
	w, err := OpenOrCreateWith(ctx, path, Options{Command: "papers index"})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = Open(ctx, path, Options{ReadOnly: true})
	if !errors.Is(err, ErrLocked) {
		t.Errorf("Open during a write = %v, want ErrLocked", err)
	}
	if d := time.Since(start); d > 2500*time.Millisecond {
		t.Errorf("Open during a write took %v, want under 2.5s", d)
	}
	if _, err := Open(ctx, path, Options{}); !errors.Is(err, ErrLocked) {
		t.Errorf("second writer Open = %v, want ErrLocked", err)
	}
	w.Close()

	r1, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r1.Close()
	r2, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("second read-only Open = %v, want success", err)
	}
	r2.Close()
}
