package webhook

import (
	"math/rand"
	"testing"
)

const (
	testAPIKey    = "mykey"
	testAPISecret = "mysecret" // want `well-known sample secret passed to \(\*jwt.Token\).SignedString through auth.NewAccessToken`
	testURL       = "http://localhost:8765"
)

func newTestNotifier() *urlNotifier {
	return newURLNotifier(urlNotifierParams{url: testURL, apiKey: testAPIKey, apiSecret: testAPISecret})
}

func TestWebHook(t *testing.T) {
	if _, err := newTestNotifier().notify(); err != nil {
		t.Fatal(err)
	}
	r := newResourceURLNotifier(urlNotifierParams{url: testURL, apiKey: testAPIKey, apiSecret: testAPISecret})
	if _, err := r.notify(); err != nil {
		t.Fatal(err)
	}
}

func TestDevNotifier(t *testing.T) {
	newDevNotifier().notify()
	d := &devNotifier{secret: "a-test-secret-of-29-bytes-xyz"} // want `hard-coded 29-byte key passed to \(\*jwt.Token\).SignedString through auth.NewAccessToken`
	d.notify()
	b := make([]byte, 32)
	rand.Read(b) // want `key passed to \(\*jwt.Token\).SignedString through auth.NewAccessToken \(token.go:22\) comes from math/rand.Read`
	r := newResourceURLNotifier(urlNotifierParams{apiSecret: string(b)})
	r.notify()
}
