// Package papers embeds the sample digests that ship with the papers search
// engine. The CLI searches them when the user has built no index yet, so a
// query on a fresh clone returns results. Tests read them as a small known
// corpus.
package papers

import (
	"embed"
	"fmt"
	"io/fs"
)

//go:embed testdata/digests/*.md
var sampleFS embed.FS

// sampleDir is the folder under the module root that the embed pattern names.
const sampleDir = "testdata/digests"

// Samples returns the sample digests compiled into the binary, as a file system whose
// root contains the .md files, one per digest day ("2024-03-08.md").
func Samples() fs.FS {
	sub, err := fs.Sub(sampleFS, sampleDir)
	if err != nil {
		// The io/fs docs state that fs.Sub returns an error only for a path that
		// fs.ValidPath rejects, and sampleDir is a valid constant.
		panic(fmt.Sprintf("open embedded sample digests %q: %v", sampleDir, err))
	}
	return sub
}
