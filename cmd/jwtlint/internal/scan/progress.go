package scan

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// progress shows how many files or commits are done of the total, the rate
// and the time left, on stderr when it is a terminal (or when asked). A nil
// *progress shows nothing.
type progress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newProgress(stderr io.Writer, force bool) *progress {
	if !force && !isTerminal(stderr) {
		return nil
	}
	return &progress{w: stderr}
}

func (p *progress) start(total int64, unit string) {
	if p == nil {
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
	if p == nil || p.bar == nil {
		return
	}
	p.bar.Add(n)
}

func (p *progress) finish() {
	if p == nil || p.bar == nil {
		return
	}
	p.bar.Finish()
}
