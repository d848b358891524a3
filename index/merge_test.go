package index

import (
	"reflect"
	"testing"
	"time"
)

func TestMerge(t *testing.T) {
	older := want("2410.09342", "LLM$\\times$MapReduce", 3, votes(15), dates("2024-10-16"),
		file("2024-10-16.md"), authors("Rongqiao An"))
	newer := want("2410.09342", "LLMtimesMapReduce", 9, votes(34), dates("2024-10-18"),
		file("2024-10-18.md"), authors("Zihan Zhou"))
	other := want("2410.00001", "Other", 5, dates("2024-10-17"), file("2024-10-17.md"))
	undated := want("2410.00002", "Undated", 2, dates())
	sameDay := want("2410.00002", "Undated Again", 4, dates())

	tests := []struct {
		name  string
		input []Paper
		want  []Paper
	}{
		{"empty", nil, []Paper{}},
		{"distinct", []Paper{other, older}, []Paper{other, older}},
		{"later date wins in order", []Paper{older, other, newer},
			[]Paper{mergedDates(newer, "2024-10-16", "2024-10-18"), other}},
		{"later date wins out of order", []Paper{newer, older},
			[]Paper{mergedDates(newer, "2024-10-16", "2024-10-18")}},
		{"same day repeated once", []Paper{older, older}, []Paper{older}},
		{"tie keeps last seen", []Paper{undated, sameDay}, []Paper{sameDay}},
		{"dated beats undated", []Paper{mergedID(other, "2410.00002"), undated},
			[]Paper{mergedID(other, "2410.00002")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Merge(tc.input)
			if len(got) != len(tc.want) {
				t.Fatalf("Merge returned %d papers, want %d", len(got), len(tc.want))
			}
			for i := range tc.want {
				if !reflect.DeepEqual(got[i], tc.want[i]) {
					t.Errorf("Merge paper %d = %+v, want %+v", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func TestMergeLeavesInputAlone(t *testing.T) {
	a := want("2410.09342", "A", 1, dates("2024-10-18"))
	b := want("2410.09342", "B", 1, dates("2024-10-16"))
	input := []Paper{a, b}
	Merge(input)
	if want := []time.Time{day("2024-10-18")}; !reflect.DeepEqual(input[0].Dates, want) {
		t.Errorf("Merge changed its input dates to %v, want %v", input[0].Dates, want)
	}
}

func mergedDates(p Paper, d ...string) Paper {
	p.Dates = days(d)
	return p
}

func mergedID(p Paper, id string) Paper {
	p.ID = id
	return p
}
