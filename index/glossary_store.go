package index

import (
	"encoding/json"
	"fmt"
)

// glossaryKey is the bleve internal key under which the glossary is stored.
const glossaryKey = "glossary"

// glossaryVersion is the format of the stored glossary. Only the pairs are
// stored, as JSON, and the lookup maps are rebuilt on load.
const glossaryVersion = 1

type storedGlossary struct {
	Version int            `json:"version"`
	Pairs   []GlossaryPair `json:"pairs"`
	// Translations are the single-term translations of mineLexicon.
	Translations map[string][]Translation `json:"translations,omitempty"`
}

// Glossary reads the glossary stored in the index. It returns an empty
// glossary when the index has none, such as an index built before glossaries.
func (ix *Index) Glossary() (*Glossary, error) {
	data, err := ix.bleve.GetInternal([]byte(glossaryKey))
	if err != nil {
		return nil, fmt.Errorf("read glossary from index %s: %w", ix.path, err)
	}
	if len(data) == 0 {
		return newGlossary(nil, newTermsFunc()), nil
	}
	var stored storedGlossary
	if err := json.Unmarshal(data, &stored); err != nil {
		return nil, fmt.Errorf("decode glossary of index %s: %w: rebuild the index", ix.path, err)
	}
	if stored.Version != glossaryVersion {
		return nil, fmt.Errorf("decode glossary of index %s: format %d, want %d: rebuild the index",
			ix.path, stored.Version, glossaryVersion)
	}
	g := newGlossary(stored.Pairs, newTermsFunc())
	g.translations = stored.Translations
	return g, nil
}

// SetGlossary stores g in the index, replacing any stored glossary.
func (ix *Index) SetGlossary(g *Glossary) error {
	data, err := json.Marshal(storedGlossary{Version: glossaryVersion, Pairs: g.pairs, Translations: g.translations})
	if err != nil {
		return fmt.Errorf("encode glossary of %d pairs: %w", len(g.pairs), err)
	}
	if err := ix.bleve.SetInternal([]byte(glossaryKey), data); err != nil {
		return fmt.Errorf("write glossary to index %s: %w", ix.path, err)
	}
	return nil
}
