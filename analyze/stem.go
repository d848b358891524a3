package analyze

// isGluedParticle reports whether word, glued to the end of a Latin or digit
// word, is only a particle or ending.
func isGluedParticle(word []byte) bool {
	return korean.glued[string(word)]
}

// stemSyllables returns how many leading syllables of word form its stem.
// word contains composed Hangul, three bytes a syllable. The result is at
// least one, so a word is never stripped to nothing.
//
// NOTE: only 하다, 되다, 시키다 verbs, the copula and 었다/았다 endings are
// handled, so other verbs and adjectives keep their surface form (읽는다, 열린).
func stemSyllables(word []byte) int {
	n := len(word) / 3
	stem := n
	for l := min(korean.maxSuffix, n-1); l >= 1; l-- {
		rule, ok := korean.suffixes[string(word[(n-l)*3:])]
		if !ok || n-l < rule.minStem {
			continue
		}
		if !agrees(word[(n-l-1)*3:(n-l)*3], rule.after) || cutsNoun(word, n-l) {
			continue
		}
		stem = n - l
		break
	}

	for _, d := range derivations {
		if stem >= 3 && string(word[(stem-1)*3:stem*3]) == d && !cutsNoun(word, stem-1) {
			stem--
		}
	}
	return stem
}

// agrees reports whether syllable, the last of a stem, can take a suffix with
// condition after. Jamo and other non-syllables take only afterAny.
func agrees(syllable []byte, after final) bool {
	if after == afterAny {
		return true
	}
	r := rune(syllable[0]&0x0F)<<12 | rune(syllable[1]&0x3F)<<6 | rune(syllable[2]&0x3F)
	if r < syllableBase || r > syllableLast {
		return false
	}
	trail := (r - syllableBase) % trailCount
	switch after {
	case afterConsonant:
		return trail != 0
	case afterVowel:
		return trail == 0
	default:
		const rieul = 8 // index of ㄹ among trailing consonants
		return trail == 0 || trail == rieul
	}
}

// cutsNoun reports whether cutting word after syllable cut splits one of the
// protected nouns.
func cutsNoun(word []byte, cut int) bool {
	n := len(word) / 3
	for size := 2; size <= korean.maxNounLen; size++ {
		for left := 1; left < size; left++ {
			from, to := cut-left, cut-left+size
			if from < 0 || to > n {
				continue
			}
			if korean.protected[string(word[from*3:to*3])] {
				return true
			}
		}
	}
	return false
}
