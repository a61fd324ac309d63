package scan

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows how many files or commits are done of the total. On a
// terminal it is a bar redrawn in place, with the rate and the time left;
// elsewhere (a CI log, a file), when asked for with --progress, it is a line
// every progressEvery, which a log keeps readable, and one at the end. A nil
// *progress shows nothing.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar // on a terminal

	// Line mode.
	every time.Duration
	mu    sync.Mutex
	unit  string
	total int64
	done  int64
	began time.Time
	last  time.Time // of the last line printed
}

// progressEvery is how often progress prints a line when stderr is not a
// terminal.
const progressEvery = 5 * time.Second

func newProgress(stderr io.Writer, force bool) *progress {
	switch {
	case isTerminal(stderr):
		return &progress{w: stderr}
	case force:
		return &progress{w: stderr, every: progressEvery}
	}
	return nil
}

func (p *progress) start(total int64, unit string) {
	if p == nil {
		return
	}
	if p.every > 0 {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.unit, p.total, p.began, p.last = unit, total, time.Now(), time.Now()
		if total == 1 {
			unit = strings.TrimSuffix(unit, "s")
		}
		fmt.Fprintf(p.w, "jwtlint scan: scanning %d %s\n", total, unit)
		return
	}
	p.bar = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(p.w),
		progressbar.OptionSetDescription("scanning "+unit),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString(unit),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
		progressbar.OptionSetWidth(30),
	)
	p.bar.RenderBlank()
}

func (p *progress) add(n int) {
	if p == nil {
		return
	}
	if p.every > 0 {
		p.mu.Lock()
		defer p.mu.Unlock()
		p.done += int64(n)
		if now := time.Now(); p.unit != "" && now.Sub(p.last) >= p.every {
			p.last = now
			fmt.Fprintf(p.w, "jwtlint scan: %s\n", p.status(now))
		}
		return
	}
	if p.bar != nil {
		p.bar.Add(n)
	}
}

// status says how far the scan is, in line mode; p.mu is held.
func (p *progress) status(now time.Time) string {
	s := fmt.Sprintf("%d of %d %s", p.done, p.total, p.unit)
	if p.total > 0 {
		s += fmt.Sprintf(" (%d%%)", p.done*100/p.total)
	}
	if secs := now.Sub(p.began).Seconds(); secs >= 1 {
		s += fmt.Sprintf(", %.0f %s/s", float64(p.done)/secs, p.unit)
	}
	return s
}

func (p *progress) finish() {
	if p == nil {
		return
	}
	if p.every > 0 {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.unit != "" {
			fmt.Fprintf(p.w, "jwtlint scan: done: %s in %s\n", p.status(time.Now()), time.Since(p.began).Round(100*time.Millisecond))
		}
		return
	}
	if p.bar != nil {
		p.bar.Finish()
	}
}
