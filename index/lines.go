package index

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// stickyReader returns the first error of r on every later read, so that an error
// that bufio.Reader.Peek takes is not lost.
type stickyReader struct {
	r   io.Reader
	err error
}

// lineReader returns lines without their line ending, holding at most
// maxLineBytes of a line.
type lineReader struct {
	r      *bufio.Reader
	buf    []byte
	number int // of the line last returned, counting from 1
}

// trimPartialRune drops a UTF-8 sequence cut short at the end of b, so that a
// truncated line is not reported as invalid UTF-8.
func trimPartialRune(b []byte) []byte {
	start := len(b) - 1
	for start > 0 && len(b)-start < utf8.UTFMax && !utf8.RuneStart(b[start]) {
		start--
	}
	if start >= 0 && !utf8.FullRune(b[start:]) {
		return b[:start]
	}
	return b
}

// removeControls turns a TAB into a space and drops the other C0 and C1 control
// characters and DEL. The digests carry them where a JSON unescape mangled LaTeX,
// such as "\textit" read as TAB and "extit".
func removeControls(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}

	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t':
			b.WriteByte(' ')
		case isControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isControl(r rune) bool {
	return r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0
}

func (s *stickyReader) Read(b []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.r.Read(b)
	s.err = err
	return n, err
}

// next returns the next line, whether it was cut to maxLineBytes, and io.EOF
// after the last line. The line is valid until the next call.
func (lr *lineReader) next() ([]byte, bool, error) {
	lr.buf = lr.buf[:0]
	truncated := false
	read := false
	for {
		chunk, err := lr.r.ReadSlice('\n')
		read = read || len(chunk) > 0
		if room := maxLineBytes - len(lr.buf); len(chunk) > room {
			lr.buf = append(lr.buf, chunk[:room]...)
			truncated = true
		} else {
			lr.buf = append(lr.buf, chunk...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, false, err
		}
		if errors.Is(err, io.EOF) && !read {
			return nil, false, io.EOF
		}
		lr.number++
		line := bytes.TrimSuffix(bytes.TrimSuffix(lr.buf, []byte("\n")), []byte("\r"))
		if truncated {
			line = trimPartialRune(line)
		}
		return line, truncated, nil
	}
}
