package query_test

import (
	"context"
	"fmt"
	"log"
	"strings"

	"github.com/papers-search/papers/index"
	"github.com/papers-search/papers/query"
)

// exampleDigests are two days of a digest, three papers on diffusion models.
const exampleDigests = `## Daily Papers (2024-12-04)

### [TinyFusion: Diffusion Transformers Learned Shallow](https://arxiv.org/abs/2412.01199)

Vote: 13

Authors: Gongfan Fang, Xinchao Wang

- **What's New**: 확산 트랜스포머(diffusion transformer)의 층을 덜어 내는 가지치기입니다.

### [CLEAR: Conv-Like Linearization Revs Pre-Trained Diffusion Transformers Up](https://arxiv.org/abs/2412.16112)

Vote: 11

Authors: Songhua Liu, Xinchao Wang

- **What's New**: 확산 트랜스포머의 어텐션을 선형 복잡도로 바꿉니다.

## Daily Papers (2025-02-17)

### [Expert Race: Scaling Diffusion Transformer with Mixture of Experts](https://arxiv.org/abs/2503.16057)

Vote: 10

Authors: Defa Zhu, Yike Yuan

- **What's New**: 확산 트랜스포머를 전문가 혼합(mixture of experts)으로 키웁니다.
`

// exampleIndex indexes exampleDigests in memory.
func exampleIndex(ctx context.Context) *index.Index {
	papers, _, err := index.Parse(strings.NewReader(exampleDigests), "digests.md")
	if err != nil {
		log.Fatal(err)
	}
	ix, err := index.NewMemory()
	if err != nil {
		log.Fatal(err)
	}
	if err := ix.Add(ctx, papers, nil); err != nil {
		log.Fatal(err)
	}
	return ix
}

func ExampleSearch_authorFacet() {
	ctx := context.Background()
	ix := exampleIndex(ctx)
	defer ix.Close()

	res, err := query.Search(ctx, ix, query.Request{
		Query:  "확산 트랜스포머",
		Facets: []string{query.FacetAuthor},
	})
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(res.Total, "papers")
	for _, c := range res.Facets[query.FacetAuthor][:2] {
		fmt.Println(c.Count, c.Term)
	}
	// Output:
	// 3 papers
	// 2 Xinchao Wang
	// 1 Defa Zhu
}

func ExampleSearch_dateFilter() {
	ctx := context.Background()
	ix := exampleIndex(ctx)
	defer ix.Close()

	// The filter and the date: syntax are equivalent, and Until includes the
	// whole month.
	for _, req := range []query.Request{
		{Query: "diffusion", Filters: query.Filters{Since: "2024-12", Until: "2024-12"}, Sort: query.SortVotes},
		{Query: "diffusion date:2025-02"},
	} {
		res, err := query.Search(ctx, ix, req)
		if err != nil {
			log.Fatal(err)
		}
		for _, h := range res.Hits {
			fmt.Println(h.Date, *h.Votes, h.Title)
		}
	}
	// Output:
	// 2024-12-04 13 TinyFusion: Diffusion Transformers Learned Shallow
	// 2024-12-04 11 CLEAR: Conv-Like Linearization Revs Pre-Trained Diffusion Transformers Up
	// 2025-02-17 10 Expert Race: Scaling Diffusion Transformer with Mixture of Experts
}
