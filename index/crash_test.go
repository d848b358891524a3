package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenDamaged(t *testing.T) {
	damage := map[string]func(t *testing.T, store string){
		"truncated segment": func(t *testing.T, store string) {
			zaps, _ := filepath.Glob(filepath.Join(store, "*.zap"))
			if len(zaps) == 0 {
				t.Fatal("no segment file")
			}
			os.Truncate(zaps[0], 100)
		},
		"deleted segment": func(t *testing.T, store string) {
			zaps, _ := filepath.Glob(filepath.Join(store, "*.zap"))
			if len(zaps) == 0 {
				t.Fatal("no segment file")
			}
			os.Remove(zaps[0])
		},
		"truncated root.bolt": func(t *testing.T, store string) {
			os.Truncate(filepath.Join(store, "root.bolt"), 100)
		},
	}
	for name, fn := range damage {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			writeFile(t, filepath.Join(dir, "a.md"), digestText("2024-10-18", "2410.00001"))
			path := filepath.Join(t.TempDir(), "ix")
			buildDir(t, path, BuildOptions{}, dir)
			fn(t, filepath.Join(path, "store"))
			_, err := Open(context.Background(), path, Options{ReadOnly: true})
			if !errors.Is(err, ErrDamaged) {
				t.Errorf("Open(%s) = %v, want ErrDamaged", name, err)
			}
		})
	}
}
