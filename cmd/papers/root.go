package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

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
	cmd.SetFlagErrorFunc(flagError)
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
	return a.getenv("NO_COLOR") == "" && a.getenv("TERM") != "dumb" && isTerminal(w)
}

// isUsage reports whether err comes from bad input rather than a failure.
func isUsage(err error) bool {
	var se *query.SyntaxError
	return errors.As(err, &se) || errors.Is(err, query.ErrBadRequest) || errors.Is(err, errUsage)
}

var errUsage = errors.New("invalid usage")

// flagError marks cobra's flag errors as usage errors, and explains the one a
// user meets when a query starts with "-" to exclude a word.
func flagError(cmd *cobra.Command, err error) error {
	msg := err.Error()
	if strings.Contains(msg, "unknown shorthand flag") || strings.Contains(msg, "unknown flag") {
		msg += "; to exclude a word at the start of a query, put -- before it: papers search -- -word"
	}
	return fmt.Errorf("%w: %s", errUsage, msg)
}

// positive returns a usage error when a flag's value is below 1.
func positive(flag string, v int) error {
	if v < 1 {
		return fmt.Errorf("%w: --%s %d is out of range: use 1 or more", errUsage, flag, v)
	}
	return nil
}

// args returns a cobra argument check that explains what the command expects.
func args(min, max int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) < min || (max >= 0 && len(args) > max) {
			return fmt.Errorf("%w: %s expects %s; see papers help %s", errUsage, cmd.Name(), what, cmd.Name())
		}
		return nil
	}
}
