// Command papers indexes daily digests of AI papers written in Korean and
// searches them in Korean or English, ranked with the community's votes.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// bleve logs through the standard logger, for example when it skips a
	// damaged segment; papers reports such problems as errors itself.
	if os.Getenv("PAPERS_DEBUG") == "" {
		log.SetOutput(io.Discard)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := newApp(os.Stdin, os.Stdout, os.Stderr)
	err := app.root().ExecuteContext(ctx)
	os.Exit(exitCode(err, app))
}

// exitCode maps an error to the process exit code after printing it: 0 for
// success, 2 for bad usage or a bad query, 1 for every other failure.
func exitCode(err error, app *app) int {
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintln(app.stderr, "papers:", ee.msg)
		}
		return ee.code
	}
	fmt.Fprintln(app.stderr, "papers:", err)
	if isUsage(err) {
		return 2
	}
	return 1
}

// exitError carries an exit code chosen by a command, with a message already
// formatted for the user (or none when the command printed it).
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }
