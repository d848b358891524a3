package index_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/papers-search/papers/index"
)

const digest = `## Daily Papers (2024-06-13)

### [AV-DiT: Efficient Audio-Visual Diffusion Transformer](https://arxiv.org/abs/2406.07686)

Vote: 13

Authors: Shijian Deng, Jing Shi

- **What's New**: 소리와 영상을 함께 만드는 확산 변환기(diffusion transformer)입니다.

### [E2 TTS: Embarrassingly Easy Fully Non-Autoregressive Zero-Shot TTS](https://arxiv.org/abs/2406.18009)

Vote: 9

Authors: Sefik Emre Eskimez, Xiaofei Wang

- **What's New**: 정렬 없이 텍스트에서 바로 음성을 합성합니다.
`

func ExampleIndex_Add() {
	ctx := context.Background()
	papers, warnings, err := index.Parse(strings.NewReader(digest), "2024-06-13.md")
	if err != nil {
		log.Fatal(err)
	}
	ix, err := index.NewMemory()
	if err != nil {
		log.Fatal(err)
	}
	defer ix.Close()
	if err := ix.Add(ctx, papers, nil); err != nil {
		log.Fatal(err)
	}

	n, err := ix.Count()
	if err != nil {
		log.Fatal(err)
	}
	p, err := ix.Get(ctx, "2406.18009")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(n, "papers,", len(warnings), "warnings")
	fmt.Println(p.DisplayTitle)
	fmt.Println(p.Date().Format("2006-01-02"), *p.Votes, "votes,", p.Authors)
	// Output:
	// 2 papers, 0 warnings
	// E2 TTS: Embarrassingly Easy Fully Non-Autoregressive Zero-Shot TTS
	// 2024-06-13 9 votes, [Sefik Emre Eskimez Xiaofei Wang]
}
