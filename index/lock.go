package index

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ErrLocked is returned when another process is writing the index. Its
// message names that process and what to do.
var ErrLocked = errors.New("index: locked by another process")

// lockTimeout bounds how long an open waits for bleve's own file lock, which
// a writer that started between our lock check and the open may hold.
const lockTimeout = "2s"

// writerLockTimeout bounds how long a writer waits for readers that still
// have the index open.
const writerLockTimeout = "30s"

// lockPath returns the lock file of the index at path. It sits beside the
// index folder rather than inside it, so that --rebuild can swap the folder
// while the lock stays held.
func lockPath(path string) string {
	return filepath.Clean(path) + ".lock"
}

// writerLock is an exclusive flock on the lock file. The kernel drops it when
// the process dies, so a killed writer never leaves the index locked.
type writerLock struct {
	file *os.File
}

// LockedError describes the process that holds the index lock.
type LockedError struct {
	Path    string    // the index folder
	PID     int       // process id of the writer
	Command string    // the writer's command, such as "papers index"
	Started time.Time // when the writer took the lock
}

// Error formats the holder and the advice for a reader.
func (e *LockedError) Error() string {
	who := "another papers process"
	if e.PID > 0 {
		who = fmt.Sprintf("%s (pid %d, started %s)", e.Command, e.PID,
			e.Started.Format("15:04:05"))
	}
	return fmt.Sprintf("index %s is being written by %s; run the command again when "+
		"it finishes, or use --index to open another index", e.Path, who)
}

// Unwrap makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Unwrap() error { return ErrLocked }

// lockWriter takes the writer's lock of the index at path without waiting,
// and records this process in the lock file.
func lockWriter(path, command string) (*writerLock, error) {
	if err := os.MkdirAll(filepath.Dir(filepath.Clean(path)), 0o755); err != nil {
		return nil, fmt.Errorf("create index folder %s: %w", filepath.Dir(path), err)
	}
	f, err := os.OpenFile(lockPath(path), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open lock file %s: %w", lockPath(path), err)
	}
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		f.Close()
		if errors.Is(err, syscall.EWOULDBLOCK) {
			return nil, holderError(path)
		}
		return nil, fmt.Errorf("lock index %s: %w", path, err)
	}
	info := fmt.Sprintf("%d\n%d\n%s\n", os.Getpid(), time.Now().Unix(), command)
	if err := f.Truncate(0); err == nil {
		_, _ = f.WriteAt([]byte(info), 0)
	}
	return &writerLock{file: f}, nil
}

// release drops the lock. The file stays, because removing it would let a
// second writer lock a new file while a third still waits on the old one.
func (l *writerLock) release() {
	if l != nil && l.file != nil {
		l.file.Close()
		l.file = nil
	}
}

// checkNotWriting returns a LockedError when a writer holds the lock of the
// index at path. A reader takes no lasting hold on the lock file. bleve's own
// shared lock on root.bolt still makes a writer wait until readers close.
func checkNotWriting(path string) error {
	f, err := os.Open(lockPath(path))
	if err != nil {
		return nil // no writer has ever locked this index
	}
	defer f.Close()
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return holderError(path)
	}
	if err == nil {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
	}
	return nil
}

// holderError reads the lock file of the index at path into a LockedError.
func holderError(path string) error {
	e := &LockedError{Path: path}
	raw, err := os.ReadFile(lockPath(path))
	if err != nil {
		return e
	}
	fields := strings.SplitN(string(raw), "\n", 3)
	if len(fields) < 3 {
		return e
	}
	e.PID, _ = strconv.Atoi(fields[0])
	if sec, err := strconv.ParseInt(fields[1], 10, 64); err == nil {
		e.Started = time.Unix(sec, 0)
	}
	e.Command = strings.TrimSpace(fields[2])
	return e
}
