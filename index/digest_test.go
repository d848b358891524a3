package index

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// parseCase is one digest and the papers and warnings Parse must return. The
// summaries are written for these tests, while titles, IDs and names are real.
type parseCase struct {
	name     string
	file     string // defaults to "2024-06-12.md"
	input    string
	want     []Paper
	warnings []wantWarning
}

// wantWarning matches a warning by line and a part of its message.
type wantWarning struct {
	line int
	text string
}

// paperOption sets one field of an expected paper.
type paperOption func(*Paper)

const testDate = "2024-06-12"

// want builds the expected paper with the given ID, title and heading line, an
// arXiv URL, the date testDate and the source file of the case.
func want(id, title string, line int, options ...paperOption) Paper {
	p := Paper{
		ID:           id,
		Title:        title,
		DisplayTitle: title,
		URL:          "https://arxiv.org/abs/" + id,
		Dates:        []time.Time{day(testDate)},
		Source:       Location{File: "2024-06-12.md", Line: line},
	}
	for _, option := range options {
		option(&p)
	}
	return p
}

func day(s string) time.Time {
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return d
}

func votes(n int) paperOption         { return func(p *Paper) { p.Votes = &n } }
func image(u string) paperOption      { return func(p *Paper) { p.Image = u } }
func video(u string) paperOption      { return func(p *Paper) { p.Video = u } }
func display(s string) paperOption    { return func(p *Paper) { p.DisplayTitle = s } }
func link(u string) paperOption       { return func(p *Paper) { p.URL = u } }
func file(f string) paperOption       { return func(p *Paper) { p.Source.File = f } }
func dates(d ...string) paperOption   { return func(p *Paper) { p.Dates = days(d) } }
func authors(a ...string) paperOption { return func(p *Paper) { p.Authors = a } }

// sections takes label and text pairs.
func sections(pairs ...string) paperOption {
	return func(p *Paper) {
		for i := 0; i+1 < len(pairs); i += 2 {
			p.Sections = append(p.Sections, Section{Label: pairs[i], Text: pairs[i+1]})
		}
	}
}

func days(d []string) []time.Time {
	if len(d) == 0 {
		return nil
	}
	out := make([]time.Time, len(d))
	for i, s := range d {
		out[i] = day(s)
	}
	return out
}

func TestParseVariants(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			file := tc.file
			if file == "" {
				file = "2024-06-12.md"
			}
			got, warnings, err := Parse(strings.NewReader(tc.input), file)
			if err != nil {
				t.Fatalf("Parse(%q) error = %v, want nil", tc.name, err)
			}
			checkPapers(t, got, tc.want)
			checkWarnings(t, warnings, tc.warnings, file)
		})
	}
}

func checkPapers(t *testing.T, got, want []Paper) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("Parse returned %d papers, want %d: %+v", len(got), len(want), got)
	}
	for i := range want {
		g, w := got[i], want[i]
		fields := []struct {
			name      string
			got, want any
		}{
			{"ID", g.ID, w.ID},
			{"Title", g.Title, w.Title},
			{"DisplayTitle", g.DisplayTitle, w.DisplayTitle},
			{"URL", g.URL, w.URL},
			{"Image", g.Image, w.Image},
			{"Video", g.Video, w.Video},
			{"Dates", g.Dates, w.Dates},
			{"Votes", formatVotes(g.Votes), formatVotes(w.Votes)},
			{"Authors", g.Authors, w.Authors},
			{"Sections", g.Sections, w.Sections},
			{"Source", g.Source, w.Source},
		}
		for _, f := range fields {
			if !reflect.DeepEqual(f.got, f.want) {
				t.Errorf("paper %d (%s) %s = %#v, want %#v", i, w.ID, f.name, f.got, f.want)
			}
		}
	}
}

func formatVotes(v *int) string {
	if v == nil {
		return "nil"
	}
	return fmt.Sprint(*v)
}

func checkWarnings(t *testing.T, got []Warning, want []wantWarning, file string) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("Parse returned %d warnings %v, want %d %v", len(got), got, len(want), want)
	}
	for i, w := range want {
		g := got[i]
		if g.Line != w.line || !strings.Contains(g.Message, w.text) || g.File != file {
			t.Errorf("warning %d = %q, want %s:%d containing %q", i, g, file, w.line, w.text)
		}
	}
}

func TestWarningString(t *testing.T) {
	w := Warning{File: "2024-06-12.md", Line: 7, Message: "invalid vote count"}
	if got, want := w.String(), "2024-06-12.md:7: invalid vote count"; got != want {
		t.Errorf("Warning.String() = %q, want %q", got, want)
	}
}

func TestParseLongAuthorLine(t *testing.T) {
	names := make([]string, 663)
	for i := range names {
		names[i] = fmt.Sprintf("Author Number%d", i)
	}
	input := "## Daily Papers (2024-06-12)\n\n### [Gemini](https://arxiv.org/abs/2312.11805)\n" +
		"Authors: " + strings.Join(names, ", ") + "\n- 요약 한 줄\n"

	papers, warnings, err := Parse(strings.NewReader(input), "2024-06-12.md")
	if err != nil || len(warnings) != 0 || len(papers) != 1 {
		t.Fatalf("Parse = %d papers, warnings %v, error %v; want 1 paper, none, nil",
			len(papers), warnings, err)
	}
	if got := papers[0].Authors; !reflect.DeepEqual(got, names) {
		t.Errorf("Parse kept %d authors, want all %d in order", len(got), len(names))
	}
}

// parseCases covers every variant of the real digests and the malformed input
// Parse must survive. FuzzParse uses the inputs as seeds.
var parseCases = []parseCase{
	{
		name: "unlabelled bullets",
		input: "## Daily Papers (2024-06-12)\n\n" +
			"### [Video-LLaVA: Learning United Visual Representation](https://arxiv.org/abs/2311.10122)\n\n" +
			"![](https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2311.10122.png)\n\n" +
			"Vote: 12\n\nAuthors: Bin Lin, Yang Ye, Bin Zhu\n\n" +
			"- 이미지와 비디오를 하나의 공간으로 묶는 방법.\n- 성능(performance)이 크게 오름.\n",
		want: []Paper{want("2311.10122", "Video-LLaVA: Learning United Visual Representation", 3,
			image("https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2311.10122.png"),
			votes(12), authors("Bin Lin", "Yang Ye", "Bin Zhu"),
			sections("", "이미지와 비디오를 하나의 공간으로 묶는 방법.\n성능(performance)이 크게 오름."))},
	},
	{
		name: "two and three star labels mixed",
		input: "## Daily Papers (2024-06-12)\n\n" +
			"### [TextGrad: Automatic Differentiation via Text](https://arxiv.org/abs/2406.07496)\n" +
			"Vote: 3\n" +
			"- **What's New**: 텍스트로 미분을 흉내냄.\n" +
			"- **Technical Details**: LLM을 역전파에 씀.\n" +
			"- **Performance Highlights**: GPT-4o를 앞섬.\n" +
			"### [Depth Anything V2](https://arxiv.org/abs/2406.09414)\n" +
			"Vote: 4\n" +
			"- ***What's New***: 깊이 추정 개선.\n" +
			"- ***Technical Details***: 합성 데이터 사용.\n" +
			"- ***Performance Highlights***: 더 빠름.\n",
		want: []Paper{
			want("2406.07496", "TextGrad: Automatic Differentiation via Text", 3, votes(3),
				sections(LabelNew, "텍스트로 미분을 흉내냄.", LabelTechnical, "LLM을 역전파에 씀.",
					LabelPerformance, "GPT-4o를 앞섬.")),
			want("2406.09414", "Depth Anything V2", 8, votes(4),
				sections(LabelNew, "깊이 추정 개선.", LabelTechnical, "합성 데이터 사용.",
					LabelPerformance, "더 빠름.")),
		},
	},
	{
		name: "unbalanced and curly labels",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Chameleon: Mixed-Modal Early-Fusion Foundation Models](https://arxiv.org/abs/2405.09818)\n" +
			"- **What’s New**: 이미지와 글을 섞음.\n" +
			"- ***Technical Details*: 토큰을 공유함.\n" +
			"- **Performance Highlights:** 경쟁력 있음.\n",
		want: []Paper{want("2405.09818", "Chameleon: Mixed-Modal Early-Fusion Foundation Models", 2,
			sections(LabelNew, "이미지와 글을 섞음.", LabelTechnical, "토큰을 공유함.",
				LabelPerformance, "경쟁력 있음."))},
	},
	{
		name: "partial and extra labels",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Qwen2 Technical Report](https://arxiv.org/abs/2407.10671)\n" +
			"- ***What's New***: 새 모델 공개.\n" +
			"- **Limitations**: 긴 문맥에서 약함.\n" +
			"- **고찰**: 더 볼 여지가 있음.\n" +
			"- ** Ethical Considerations **: 편향 점검.\n",
		want: []Paper{want("2407.10671", "Qwen2 Technical Report", 2,
			sections(LabelNew, "새 모델 공개.", "Limitations", "긴 문맥에서 약함.",
				"고찰", "더 볼 여지가 있음.", "Ethical Considerations", "편향 점검."))},
	},
	{
		name: "bold without colon is text",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Mamba: Linear-Time Sequence Modeling](https://arxiv.org/abs/2312.00752)\n" +
			"- **Mamba**는 빠름.\n- *선택적* 상태 공간.\n",
		want: []Paper{want("2312.00752", "Mamba: Linear-Time Sequence Modeling", 2,
			sections("", "**Mamba**는 빠름.\n*선택적* 상태 공간."))},
	},
	{
		name: "latex nested brackets ampersand accents",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [LLM$\\times$MapReduce: Simplified Long-Sequence Processing](https://arxiv.org/abs/2410.09342)\n- 가\n" +
			"### [AutoCoder: Enhancing Code Large Language Model with \\textsc{AIEV-Instruct}](https://arxiv.org/abs/2405.14906)\n- 나\n" +
			"### [I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token](https://arxiv.org/abs/2412.06676)\n- 다\n" +
			"### [GPQA: A Graduate-Level Google-Proof Q&A Benchmark](https://arxiv.org/abs/2311.12022)\n- 라\n" +
			"### [PokéLLMon: A Human-Parity Agent for Pokémon Battles](https://arxiv.org/abs/2402.01118)\n- 마\n",
		want: []Paper{
			want("2410.09342", "LLM$\\times$MapReduce: Simplified Long-Sequence Processing", 2,
				display("LLM×MapReduce: Simplified Long-Sequence Processing"), sections("", "가")),
			want("2405.14906", "AutoCoder: Enhancing Code Large Language Model with \\textsc{AIEV-Instruct}", 4,
				display("AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct"),
				sections("", "나")),
			want("2412.06676", "I Don't Know: Explicit Modeling of Uncertainty with an [IDK] Token", 6,
				sections("", "다")),
			want("2311.12022", "GPQA: A Graduate-Level Google-Proof Q&A Benchmark", 8,
				sections("", "라")),
			want("2402.01118", "PokéLLMon: A Human-Parity Agent for Pokémon Battles", 10,
				sections("", "마")),
		},
	},
	{
		name: "vote dash missing and zero",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Orca 2](https://arxiv.org/abs/2311.11045)\nVote: -\n- 가\n" +
			"### [Orca 2 Again](https://arxiv.org/abs/2311.11046)\n- 나\n" +
			"### [Zero Votes](https://arxiv.org/abs/2311.11047)\nVote: 0\n- 다\n" +
			"### [Bad Votes](https://arxiv.org/abs/2311.11048)\nVote: 많음\n- 라\n",
		want: []Paper{
			want("2311.11045", "Orca 2", 2, sections("", "가")),
			want("2311.11046", "Orca 2 Again", 5, sections("", "나")),
			want("2311.11047", "Zero Votes", 7, votes(0), sections("", "다")),
			want("2311.11048", "Bad Votes", 10, sections("", "라")),
		},
		warnings: []wantWarning{{11, `invalid vote count "많음"`}},
	},
	{
		name: "python list authors",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Danoliteracy of Generative Language Models](https://arxiv.org/abs/2410.22839)\n" +
			"Authors: ['Mette Thunø', \"Jean-Luc O'Neil\", 'Lin, Yingyan', 'Ann \\'Al\\' Bee', 'Mette Thunø', '+']\n" +
			"- 가\n",
		want: []Paper{want("2410.22839", "Danoliteracy of Generative Language Models", 2,
			authors("Mette Thunø", "Jean-Luc O'Neil", "Lin, Yingyan", "Ann 'Al' Bee"),
			sections("", "가"))},
	},
	{
		name: "plus markers repeats organisations",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Yi: Open Foundation Models by 01.AI](https://arxiv.org/abs/2403.04652)\n" +
			"Authors: +, 01. AI, Alex Young, +, Alex Young,  Bei Chen , NVIDIA, 'Chao Li', +\n" +
			"- 가\n" +
			"### [No Authors](https://arxiv.org/abs/2403.04653)\n- 나\n",
		want: []Paper{
			want("2403.04652", "Yi: Open Foundation Models by 01.AI", 2,
				authors("01. AI", "Alex Young", "Bei Chen", "NVIDIA", "Chao Li"), sections("", "가")),
			want("2403.04653", "No Authors", 5, sections("", "나")),
		},
	},
	{
		name: "videos and relative image",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Make Pixels Dance](https://arxiv.org/abs/2311.10982)\n" +
			"<video src='https://cdn.example.org/a.mp4'></video>\n- 가\n" +
			"### [MagicDance](https://arxiv.org/abs/2311.12052)\n" +
			"[Watch Video](https://cdn.example.org/b.mp4)\n" +
			"<div><video controls src=\"https://cdn.example.org/c.mp4\" muted=\"false\"></video></div>\n- 나\n" +
			"### [Sora Review](https://arxiv.org/abs/2402.17177)\n" +
			"[Watch Video]https://cdn.example.org/d.mp4\n- 다\n" +
			"### [Div Only](https://arxiv.org/abs/2402.17178)\n" +
			"<div><video controls src=\"https://cdn.example.org/e.mp4\" muted=\"false\"></video></div>\n- 라\n" +
			"### [Avatar Thumbnail](https://arxiv.org/abs/2402.17179)\n![](/avatars/0cf0.svg)\n- 마\n",
		want: []Paper{
			want("2311.10982", "Make Pixels Dance", 2, video("https://cdn.example.org/a.mp4"),
				sections("", "가")),
			want("2311.12052", "MagicDance", 5, video("https://cdn.example.org/b.mp4"),
				sections("", "나")),
			want("2402.17177", "Sora Review", 9, video("https://cdn.example.org/d.mp4"),
				sections("", "다")),
			want("2402.17178", "Div Only", 12, video("https://cdn.example.org/e.mp4"),
				sections("", "라")),
			want("2402.17179", "Avatar Thumbnail", 15, image("/avatars/0cf0.svg"),
				sections("", "마")),
		},
	},
	{
		name: "blank numbered and nested lines continue",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Visual Sketchpad](https://arxiv.org/abs/2406.09403)\n" +
			"- **What's New**: 세 가지 기여:\n" +
			"  - (1) 그림을 그림.\n\n" +
			"1. **Tokenizer**: 토큰 나눔.\n" +
			"2) 두 번째 항목.\n\n" +
			"- **Technical Details**: 도구 사용.\n",
		want: []Paper{want("2406.09403", "Visual Sketchpad", 2,
			sections(LabelNew, "세 가지 기여:\n- (1) 그림을 그림.\n1. **Tokenizer**: 토큰 나눔.\n2) 두 번째 항목.",
				LabelTechnical, "도구 사용."))},
	},
	{
		name: "control characters removed",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Tab\tTitle\b](https://arxiv.org/abs/2407.00001)\n" +
			"Authors: Kim\tMin, Lee\fJi\n" +
			"- **What's New**: 고해상도 (\textit{HR-ED}) 방법\x08과 \x0c새 식\x7f.\n",
		want: []Paper{want("2407.00001", "Tab Title", 2, authors("Kim Min", "LeeJi"),
			sections(LabelNew, "고해상도 ( extit{HR-ED}) 방법과 새 식."))},
	},
	{
		name: "text kept verbatim",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Mixed Script Text](https://arxiv.org/abs/2408.00001)\n" +
			"- 코드는 https://github.com/x/y에서 볼 수 있음. 확산 모델(diffusion models)과 LLM을 씀.\n" +
			"- 정확도 ９０％,\u00a0기호 𝒢 와 𝜽, 漢字 섞인 말.\n" +
			"### [English Summary](https://arxiv.org/abs/2408.00002)\n" +
			"- This summary is written in English only.\n",
		want: []Paper{
			want("2408.00001", "Mixed Script Text", 2, sections("",
				"코드는 https://github.com/x/y에서 볼 수 있음. 확산 모델(diffusion models)과 LLM을 씀.\n"+
					"정확도 ９０％,\u00a0기호 𝒢 와 𝜽, 漢字 섞인 말.")),
			want("2408.00002", "English Summary", 5,
				sections("", "This summary is written in English only.")),
		},
	},
	{
		name: "second heading same date",
		input: "## Daily Papers (2024-06-12)\n\n" +
			"### [First Paper](https://arxiv.org/abs/2406.00001)\n- 가\n\n" +
			"## Daily Papers (2024-06-12)\n\n" +
			"### [Second Paper](https://arxiv.org/abs/2406.00002)\n- 나\n",
		want: []Paper{
			want("2406.00001", "First Paper", 3, sections("", "가")),
			want("2406.00002", "Second Paper", 8, sections("", "나")),
		},
	},
	{
		name: "link forms",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [PDF Link](https://arxiv.org/pdf/2406.00003v2.pdf)\n- 가\n" +
			"### [Hub Link](https://huggingface.co/papers/2406.00004)\n- 나\n" +
			"### [Old Style](http://arxiv.org/abs/hep-th/9901001v1)\n- 다\n" +
			"### [OpenReview Paper](https://openreview.net/forum?id=abc123)\n- 라\n",
		want: []Paper{
			want("2406.00003", "PDF Link", 2, link("https://arxiv.org/pdf/2406.00003v2.pdf"),
				sections("", "가")),
			want("2406.00004", "Hub Link", 4, link("https://huggingface.co/papers/2406.00004"),
				sections("", "나")),
			want("hep-th/9901001", "Old Style", 6, link("http://arxiv.org/abs/hep-th/9901001v1"),
				sections("", "다")),
			want("openreview.net/forum?id=abc123", "OpenReview Paper", 8,
				link("https://openreview.net/forum?id=abc123"), sections("", "라")),
		},
		warnings: []wantWarning{{8, `ID "openreview.net/forum?id=abc123" derived`}},
	},
	{
		name: "invalid utf8 warned once",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Broken Bytes](https://arxiv.org/abs/2406.00005)\n" +
			"- 깨진 \xff 바이트\n- 또 \xc3\x28 깨짐\n",
		want: []Paper{want("2406.00005", "Broken Bytes", 2,
			sections("", "깨진 \uFFFD 바이트\n또 \uFFFD( 깨짐"))},
		warnings: []wantWarning{{3, "invalid UTF-8"}},
	},
	{
		name:     "binary file",
		input:    "## Daily Papers (2024-06-12)\n\x00\x01\x02### [X](https://arxiv.org/abs/2406.00006)\n",
		warnings: []wantWarning{{1, "binary file"}},
	},
	{
		name:  "no heading date from file name",
		file:  "2024-03-05.md",
		input: "\n### [Headless](https://arxiv.org/abs/2403.00001)\nVote: 7\n- 가\n",
		want: []Paper{want("2403.00001", "Headless", 2, votes(7), file("2024-03-05.md"),
			dates("2024-03-05"), sections("", "가"))},
		warnings: []wantWarning{{1, "no \"## Daily Papers"}},
	},
	{
		name:  "no heading and no date",
		file:  "notes.md",
		input: "### [Headless](https://arxiv.org/abs/2403.00001)\n- 가\n",
		want: []Paper{want("2403.00001", "Headless", 1, file("notes.md"), dates(),
			sections("", "가"))},
		warnings: []wantWarning{{1, "no \"## Daily Papers"}, {1, "digest date unknown"}},
	},
	{
		name:     "empty file",
		input:    "",
		warnings: []wantWarning{{1, "no \"## Daily Papers"}},
	},
	{
		name:     "invalid heading date",
		input:    "## Daily Papers (2024-13-45)\n### [Bad Day](https://arxiv.org/abs/2406.00007)\n- 가\n",
		want:     []Paper{want("2406.00007", "Bad Day", 2, sections("", "가"))},
		warnings: []wantWarning{{1, "invalid date in digest heading"}},
	},
	{
		name: "cut off entries",
		input: "## Daily Papers (2024-06-12)\n" +
			"intro text\n" +
			"### Heading Without Link\n- 가\n" +
			"### [Empty Link]()\n- 나\n" +
			"### [Kept](https://arxiv.org/abs/2406.00008)\n- 다\n" +
			"### [](https://arxiv.org/abs/2406.00009)\n- 라\n" +
			"### [Unclosed](https://arxiv.org/abs/2406.00010\n- 마\n" +
			"### [Ends Here](https://arxiv.org/abs/2406.00011)\n",
		want: []Paper{
			want("2406.00008", "Kept", 7, sections("", "다")),
			want("2406.00010", "Unclosed", 11, sections("", "마")),
			want("2406.00011", "Ends Here", 13),
		},
		warnings: []wantWarning{
			{2, "text outside a paper entry"},
			{3, "not of the form ### [Title](link)"},
			{3, "dropped: heading has no link"},
			{5, "dropped: heading has no link"},
			{9, "dropped: heading has no title"},
			{11, "no closing parenthesis"},
			{13, "2406.00011 has no summary"},
		},
	},
	{
		name: "duplicate id merged",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Old Title](https://arxiv.org/abs/2406.00012)\nVote: 1\n- 가\n" +
			"### [New Title](https://arxiv.org/abs/2406.00012)\nVote: 2\n- 나\n",
		want:     []Paper{want("2406.00012", "New Title", 5, votes(2), sections("", "나"))},
		warnings: []wantWarning{{5, "repeats the entry at line 2"}},
	},
	{
		name: "unclosed python quote",
		input: "## Daily Papers (2024-06-12)\n" +
			"### [Quote](https://arxiv.org/abs/2406.00013)\nAuthors: ['Kim Min', 'Lee]\n- 가\n",
		want: []Paper{want("2406.00013", "Quote", 2, authors("Kim Min", "Lee"),
			sections("", "가"))},
		warnings: []wantWarning{{3, "unclosed quote"}},
	},
}

func TestParseLongLineTruncated(t *testing.T) {
	long := strings.Repeat("가", maxLineBytes) // 3 bytes a syllable, so cut inside one
	input := "## Daily Papers (2024-06-12)\n### [Long](https://arxiv.org/abs/2406.00014)\n- " +
		long + "\n- 끝\n"

	papers, warnings, err := Parse(strings.NewReader(input), "2024-06-12.md")
	if err != nil || len(papers) != 1 {
		t.Fatalf("Parse = %d papers, error %v; want 1 paper, nil", len(papers), err)
	}
	checkWarnings(t, warnings, []wantWarning{{3, "line longer than"}}, "2024-06-12.md")
	s := papers[0].Sections
	if len(s) != 1 || !strings.HasSuffix(s[0].Text, "가\n끝") || len(s[0].Text) > maxLineBytes+8 {
		t.Errorf("Parse kept a summary of %d bytes; want the cut line then 끝", len(s[0].Text))
	}
}

func TestParseCapsSummaryAndAuthors(t *testing.T) {
	var b strings.Builder
	b.WriteString("## Daily Papers (2024-06-12)\n### [Big](https://arxiv.org/abs/2406.00015)\n")
	b.WriteString("Authors: ")
	for i := range maxAuthors + 5 {
		fmt.Fprintf(&b, "Name%d, ", i)
	}
	b.WriteString("\n")
	line := "- " + strings.Repeat("요약", 500) + "\n" // 3,002 bytes of text
	for range maxSummaryBytes/3000 + 10 {
		b.WriteString(line)
	}

	papers, warnings, err := Parse(strings.NewReader(b.String()), "2024-06-12.md")
	if err != nil || len(papers) != 1 {
		t.Fatalf("Parse = %d papers, error %v; want 1 paper, nil", len(papers), err)
	}
	checkWarnings(t, warnings, []wantWarning{
		{3, fmt.Sprintf("more than %d authors", maxAuthors)},
		{4 + maxSummaryBytes/3001, "summary longer than"},
	}, "2024-06-12.md")
	if got := len(papers[0].Authors); got != maxAuthors {
		t.Errorf("Parse kept %d authors, want %d", got, maxAuthors)
	}
	if got := len(papers[0].Sections[0].Text); got > maxSummaryBytes || got < maxSummaryBytes-4000 {
		t.Errorf("Parse kept %d summary bytes, want just under %d", got, maxSummaryBytes)
	}
}

// endlessLine reads as n bytes of "가가가…" and no newline.
type endlessLine struct {
	n      int
	offset int // into the 3 bytes of "가"
}

func (r *endlessLine) Read(p []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	const syllable = "가"
	k := min(len(p), r.n)
	for i := range k {
		p[i] = syllable[r.offset]
		r.offset = (r.offset + 1) % len(syllable)
	}
	r.n -= k
	return k, nil
}

func TestParseHugeLineBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 100 MB")
	}
	head := strings.NewReader(
		"## Daily Papers (2024-06-12)\n### [Huge](https://arxiv.org/abs/2406.00016)\n- ")
	input := io.MultiReader(head, &endlessLine{n: 100 << 20})

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	papers, warnings, err := Parse(input, "2024-06-12.md")
	runtime.ReadMemStats(&after)

	if err != nil || len(papers) != 1 || len(warnings) != 1 {
		t.Fatalf("Parse = %d papers, warnings %v, error %v; want 1, 1, nil",
			len(papers), warnings, err)
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 16<<20 {
		t.Errorf("Parse of a 100 MB line allocated %d MB, want under 16 MB", got>>20)
	}
}

func TestParseReaderError(t *testing.T) {
	failure := errors.New("disk gone")
	input := io.MultiReader(strings.NewReader(
		"## Daily Papers (2024-06-12)\n### [Read](https://arxiv.org/abs/2406.00017)\n- 가\n"),
		iotest.ErrReader(failure))

	papers, _, err := Parse(input, "2024-06-12.md")
	if !errors.Is(err, failure) {
		t.Fatalf("Parse error = %v, want %v", err, failure)
	}
	if len(papers) != 1 {
		t.Errorf("Parse returned %d papers before the failure, want 1", len(papers))
	}
}

func TestParseOneByteReads(t *testing.T) {
	for _, tc := range parseCases[:3] {
		want, _, _ := Parse(strings.NewReader(tc.input), "2024-06-12.md")
		got, _, err := Parse(iotest.OneByteReader(strings.NewReader(tc.input)), "2024-06-12.md")
		if err != nil {
			t.Fatalf("Parse(%s) one byte at a time: error %v", tc.name, err)
		}
		checkPapers(t, got, want)
	}
}

func TestParseFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "2024-06-12.md")
	input := "## Daily Papers (2024-06-12)\n### [On Disk](https://arxiv.org/abs/2406.00018)\n- 가\n"
	if err := os.WriteFile(path, []byte(input), 0o644); err != nil {
		t.Fatal(err)
	}
	papers, warnings, err := ParseFile(path)
	if err != nil || len(warnings) != 0 || len(papers) != 1 {
		t.Fatalf("ParseFile(%q) = %d papers, %v, %v; want 1, none, nil",
			path, len(papers), warnings, err)
	}
	if papers[0].Source.File != path {
		t.Errorf("ParseFile(%q) Source.File = %q, want the path", path, papers[0].Source.File)
	}

	missing := filepath.Join(t.TempDir(), "missing.md")
	if _, _, err := ParseFile(missing); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("ParseFile(%q) error = %v, want fs.ErrNotExist", missing, err)
	}
}
