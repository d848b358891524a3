package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/papers-search/papers/query"
)

// app holds what every command shares: the terminal streams and global flags.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	indexPath      string
	getenv         func(string) string
}

func newApp(stdin io.Reader, stdout, stderr io.Writer) *app {
	return &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv}
}

func (a *app) root() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "papers",
		Short: "Search daily digests of AI papers in Korean or English",
		Long: `papers indexes daily digests of AI papers (one markdown file a day, Korean
summaries with English terms) and searches them in Korean or English, with the
community's votes deciding among equally good matches.

With no index yet, papers searches the sample digests built into the binary.
Index your own digests with: papers index FOLDER`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	cmd.SetOut(a.stdout)
	cmd.SetErr(a.stderr)
	cmd.PersistentFlags().StringVar(&a.indexPath, "index", "",
		"index folder (default $PAPERS_INDEX, else $XDG_DATA_HOME/papers/index, else ~/.local/share/papers/index)")
	cmd.AddCommand(
		a.indexCmd(),
		a.searchCmd(),
		a.showCmd(),
		a.statsCmd(),
		a.glossaryCmd(),
		a.authorsCmd(),
		a.similarCmd(),
		a.checkCmd(),
	)
	return cmd
}

// resolveIndexPath returns the index folder: the --index flag, else
// $PAPERS_INDEX, else $XDG_DATA_HOME/papers/index, else
// ~/.local/share/papers/index.
func (a *app) resolveIndexPath() string {
	if a.indexPath != "" {
		return a.indexPath
	}
	if p := a.getenv("PAPERS_INDEX"); p != "" {
		return p
	}
	if d := a.getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "papers", "index")
	}
	home := a.getenv("HOME")
	if home == "" {
		home, _ = os.UserHomeDir()
	}
	return filepath.Join(home, ".local", "share", "papers", "index")
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// termWidth returns the width of the terminal w, or 0 when w is not one.
func termWidth(w io.Writer) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return width
}

// useColor reports whether output to w may carry ANSI styles: only on a
// terminal, and never when NO_COLOR is set.
func (a *app) useColor(w io.Writer) bool {
	return a.getenv("NO_COLOR") == "" && isTerminal(w)
}

// isUsage reports whether err comes from bad input rather than a failure.
func isUsage(err error) bool {
	var se *query.SyntaxError
	return errors.As(err, &se) || errors.Is(err, query.ErrBadRequest) || errors.Is(err, errUsage)
}

var errUsage = errors.New("invalid usage")
