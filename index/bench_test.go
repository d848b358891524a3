package index_test

import (
	"context"
	"os"
	"testing"

	"github.com/papers-search/papers/index"
)

// benchCorpus contains the real digests. Their licence forbids copying them into
// the repository, so the benchmark reads them in place and skips without them.
const benchCorpus = "../../shared/corpus/real"

// BenchmarkBuildCorpus measures building an in-memory index of the whole real
// corpus from scratch: reading and parsing the files, indexing every paper and
// mining the glossary. Run it with -benchtime 1x, because one build takes
// several seconds.
func BenchmarkBuildCorpus(b *testing.B) {
	if _, err := os.Stat(benchCorpus); err != nil {
		b.Skipf("real corpus not found at %s: the build benchmark needs its digest files",
			benchCorpus)
	}
	sources, errs := index.FindDigests([]string{benchCorpus})
	if len(errs) > 0 {
		b.Fatalf("FindDigests(%s): %v", benchCorpus, errs)
	}
	ctx := context.Background()

	b.ReportAllocs()
	papers := 0
	for b.Loop() {
		ix, err := index.NewMemory()
		if err != nil {
			b.Fatalf("NewMemory: %v", err)
		}
		sum, err := ix.Build(ctx, sources, nil)
		if err != nil {
			b.Fatalf("Build(%s): %v", benchCorpus, err)
		}
		if len(sum.Errors) > 0 || sum.Papers == 0 {
			b.Fatalf("Build(%s) = %d papers and errors %v, want papers and no errors",
				benchCorpus, sum.Papers, sum.Errors)
		}
		papers += sum.Papers

		// Closing is cleanup, not part of the build being measured.
		b.StopTimer()
		if err := ix.Close(); err != nil {
			b.Fatalf("Close: %v", err)
		}
		b.StartTimer()
	}
	b.ReportMetric(float64(papers)/b.Elapsed().Seconds(), "papers/s")
}
