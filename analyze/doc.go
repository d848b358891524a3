// Package analyze is the bleve analyzer for paper titles and Korean summaries
// full of English terms (확산 모델(diffusion models), LLM의, GPT-4o를).
//
// Importing the package registers these components in bleve's registry, so
// an index mapping can name them and any program that imports the package can
// open the index:
//
//	Name                  analyzer "papers": whole words, for title and summary
//	NameCompound          analyzer "papers_compound": also Hangul sub-words
//	TokenizerName         tokenizer behind Name
//	CompoundTokenizerName tokenizer behind NameCompound
//
// # Pipeline
//
// The tokenizer reads the original bytes once and splits them into Hangul,
// Han and Latin-or-digit runs. Control characters, punctuation, ㆍ, · and /
// separate words. Each token is normalised on its own: NFKC (ＬＬＭ, １２８),
// Hangul composition of NFD syllables and conjoining jamo, and case folding.
// Format characters such as U+200B are dropped. A bleve char filter would
// rewrite the bytes and shift offsets. Because this tokenizer normalises per
// token, every Start and End stays a byte offset into the original input, and
// a highlighter marks the right text.
//
// Latin-or-digit runs keep inner joiners (- . _ ×), so a model name is one
// token and also its parts. GPT-4o yields gpt-4o and gpt at one position and
// 4o at the next. A letter-to-digit change is a split too (LLaMA3: llama3,
// llama, 3), but digit-to-letter is not (3D, 4o, 8B stay whole).
//
// Hangul words lose their particles and endings by rule: the longest listed
// suffix whose conditions hold is stripped. 모델을, 모델에서의 and 모델들은
// become 모델, and 학습시키는 and 학습했다 become 학습. A suffix is stripped only
// if the stem keeps enough syllables, the stem's final consonant or vowel
// fits the particle (을 after a consonant, 를 after a vowel), and no listed
// noun such as 결과 or 평가 is cut. Then the plural 들 and the adjectival 적
// go when two syllables remain (효율적인 becomes 효율). A Hangul run glued
// to a Latin word (LLM을, y에서 in a URL) is dropped when it is only a
// particle. A token's End covers the stem only.
//
// English tokens then go through bleve's possessive filter, English stop
// words and the Porter stemmer, so LLMs meets llm and transformers meets
// transformer. Hangul, Han and digit-bearing tokens are marked KeyWord,
// which makes the stemmer skip them.
//
// # Compounds
//
// Korean compounds are right-headed: 확산모델 is a kind of 모델. NameCompound
// also emits, at the word's position, every right-hand sub-word of two or
// more syllables of a stem of three or more, so 44사이즈비키니 yields 비키니.
// Left-hand parts are never emitted, so 구조대 does not match 구조 and 서울대
// does not match 서울. Sub-words also make accidental terms (자연어 gives 연어),
// so they belong in a second field with a lower boost, not in the main one.
// Joining and splitting query words against the term dictionary is left to
// the query package.
//
// # Example
//
//	terms := analyze.Terms("GPT-4o를 사용한 LLMs의 추론")
//	// terms: gpt-4o gpt 4o 사용 llm 추론
package analyze
