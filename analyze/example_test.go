package analyze_test

import (
	"fmt"

	"github.com/papers-search/papers/analyze"
)

func ExampleTerms() {
	fmt.Println(analyze.Terms("GPT-4o를 사용한 LLMs의 추론"))
	// Output: [gpt-4o gpt 4o 사용 llm 추론]
}

func ExampleNew() {
	text := "확산모델을 학습시키는 방법"
	for _, tok := range analyze.New().Analyze([]byte(text)) {
		fmt.Printf("%s %q\n", tok.Term, text[tok.Start:tok.End])
	}
	// Output:
	// 확산모델 "확산모델"
	// 학습 "학습"
	// 방법 "방법"
}

func ExampleNewCompound() {
	for _, tok := range analyze.NewCompound().Analyze([]byte("확산모델")) {
		fmt.Println(string(tok.Term), tok.Position)
	}
	// Output:
	// 확산모델 1
	// 산모델 1
	// 모델 1
}
