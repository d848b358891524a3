package index

import "testing"

func TestDisplayTitle(t *testing.T) {
	tests := []struct {
		name, title, want string
	}{
		{"plain", "Depth Anything V2", "Depth Anything V2"},
		{"plain with brackets and ampersand", "Q&A with an [IDK] Token", "Q&A with an [IDK] Token"},
		{"lone dollar kept", "Training for $5 a Day", "Training for $5 a Day"},
		{"times", "LLM$\\times$MapReduce", "LLM×MapReduce"},
		{"textsc outside math", "Model with \\textsc{AIEV-Instruct}", "Model with AIEV-Instruct"},
		{"superscript braced", "M$^{2}$UGen", "M²UGen"},
		{"superscript bare", "Synth$^2$: Captions", "Synth²: Captions"},
		{"superscript inside math", "$VILA^2$: VILA Augmented VILA", "VILA²: VILA Augmented VILA"},
		{"subscript", "An $L_2$ Norm Strategy", "An L₂ Norm Strategy"},
		{"nabla with superscript", "$\\nabla^2$DFT", "∇²DFT"},
		{"sim", "3D in $\\sim$20 Seconds", "3D in ~20 Seconds"},
		{"greek letter kept", "PanGu-$π$", "PanGu-π"},
		{"greek command", "$\\lambda$-ECLIPSE and $\\Sigma$", "λ-ECLIPSE and Σ"},
		{"variant greek", "$\\varepsilon$-greedy", "ε-greedy"},
		{"math letter", "$n$-gram Models", "n-gram Models"},
		{"textbf in math", "$\\textbf{Only-IF}$: Instructions", "Only-IF: Instructions"},
		{"textit in math", "$\\textit{Trans-LoRA}$", "Trans-LoRA"},
		{"unmapped superscript", "$x^{\\beta q}$", "x^βq"},
		{"escaped ampersand", "Search \\& Rescue", "Search & Rescue"},
		{"unknown command in text kept", "The \\foo Model", "The \\foo Model"},
		{"unknown command in math", "$\\foo$ Model", "foo Model"},
		{"unclosed group", "$\\textbf{Open$ End", "Open End"},
		{"trailing backslash", "Ends with \\", "Ends with \\"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := DisplayTitle(tc.title); got != tc.want {
				t.Errorf("DisplayTitle(%q) = %q, want %q", tc.title, got, tc.want)
			}
		})
	}
}

func TestDisplayTitleDeepNesting(t *testing.T) {
	title := "$"
	for range 10000 {
		title += "\\textbf{"
	}
	title += "x$"
	if got := DisplayTitle(title); len(got) == 0 || len(got) > len(title) {
		t.Errorf("DisplayTitle(deeply nested) returned %d bytes, want 1 to %d",
			len(got), len(title))
	}
}
