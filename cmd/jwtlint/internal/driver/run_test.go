package driver

import "testing"

func TestHandles(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want bool
	}{
		{[]string{"./..."}, true},
		{[]string{"-json", "-include-tests", "./..."}, true},
		{[]string{"-c", "2", "./pkg"}, true},
		// go vet's protocol and the fixes stay with singlechecker.
		{[]string{"-V=full"}, false},
		{[]string{"-flags"}, false},
		{[]string{"/tmp/b001/vet.cfg"}, false},
		{[]string{"-enable=hardcoded-key", "-json", "/tmp/b001/vet.cfg"}, false},
		{[]string{"-fix", "./..."}, false},
		{[]string{"--diff", "-fix", "./..."}, false},
		// A flag after the patterns is a pattern, as Go's flag package reads it.
		{[]string{"./...", "-fix"}, true},
	} {
		if got := Handles(tc.args); got != tc.want {
			t.Errorf("Handles(%q) = %v, want %v", tc.args, got, tc.want)
		}
	}
}

func TestShortPos(t *testing.T) {
	for _, tc := range []struct{ pos, want string }{
		{"/w/m/pkg/x.go:3:4", "pkg/x.go:3:4"},
		{"/w/m/x.go:3", "./x.go:3"},
		{"/elsewhere/y.go:1:2", "/elsewhere/y.go:1:2"},
		{"relative.go:1:1", "relative.go:1:1"},
		{"-", "-"},
	} {
		if got := shortPos("/w/m", tc.pos); got != tc.want {
			t.Errorf("shortPos(%q) = %q, want %q", tc.pos, got, tc.want)
		}
	}
}
