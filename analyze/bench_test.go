package analyze

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	"github.com/blevesearch/bleve/v2/registry"
)

// corpusDir holds the real digests; they may not be copied into the
// repository, so the benchmark reads them in place and skips without them.
const corpusDir = "../../shared/corpus/real"

// loadCorpus returns every digest file of corpusDir, or skips the benchmark.
func loadCorpus(b *testing.B) [][]byte {
	b.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	if err != nil || len(paths) == 0 {
		b.Skipf("real corpus not found at %s: benchmark needs the digest files", corpusDir)
	}
	docs := make([][]byte, 0, len(paths))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatalf("read digest %s: %v", p, err)
		}
		docs = append(docs, data)
	}
	return docs
}

func BenchmarkAnalyze(b *testing.B) {
	docs := loadCorpus(b)
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	for _, name := range []string{Name, NameCompound, standard.Name} {
		b.Run(name, func(b *testing.B) {
			a, err := registry.NewCache().AnalyzerNamed(name)
			if err != nil {
				b.Fatalf("AnalyzerNamed(%q) error: %v", name, err)
			}
			b.SetBytes(int64(total))
			b.ReportAllocs()
			for b.Loop() {
				analyzeAll(a, docs)
			}
		})
	}
}

func analyzeAll(a analysis.Analyzer, docs [][]byte) {
	for _, d := range docs {
		a.Analyze(d)
	}
}
