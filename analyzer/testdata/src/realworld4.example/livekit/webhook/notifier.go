// Package webhook is a fixture after livekit/protocol's webhook package
// (d74e7cd, url_notifier.go:278 and resource_url_notifier.go:370): two
// notifiers sign their requests with the API secret of their parameters,
// which package code fills from its callers' arguments; only the package's
// tests fill it with a literal (webhook_test.go's testAPISecret). With
// -include-tests the literal is reported in the test, where it is written,
// and not at the package's sinks: go vet, whose unit of package code never
// sees the test, reports nothing there either. (Everything is unexported so
// that no facts are exported.)
package webhook

import "realworld4.example/livekit/auth"

// urlNotifierParams say where to send events and how to sign them.
type urlNotifierParams struct {
	url       string
	apiKey    string
	apiSecret string
}

// urlNotifier sends events to a URL.
type urlNotifier struct {
	params urlNotifierParams
}

func newURLNotifier(params urlNotifierParams) *urlNotifier {
	return &urlNotifier{params: params}
}

// newDefaultNotifier makes a notifier for url with the server's API key.
func newDefaultNotifier(url, apiKey, apiSecret string) *urlNotifier {
	return newURLNotifier(urlNotifierParams{url: url, apiKey: apiKey, apiSecret: apiSecret})
}

func (n *urlNotifier) setKeys(apiKey, apiSecret string) {
	n.params.apiKey = apiKey
	n.params.apiSecret = apiSecret
}

func (n *urlNotifier) send(params *urlNotifierParams) (string, error) {
	return auth.NewAccessToken(params.apiKey, params.apiSecret).ToJWT() // no finding: the only literal is the test's
}

func (n *urlNotifier) notify() (string, error) { return n.send(&n.params) }

// resourceURLNotifier sends events about one resource.
type resourceURLNotifier struct {
	params urlNotifierParams
}

func newResourceURLNotifier(params urlNotifierParams) *resourceURLNotifier {
	return &resourceURLNotifier{params: params}
}

func (r *resourceURLNotifier) notify() (string, error) {
	apiSecret := r.params.apiSecret
	return auth.NewAccessToken(r.params.apiKey, apiSecret).ToJWT() // no finding: the only literal is the test's
}

// devNotifier signs with a development secret written in package code:
// reported at its sink as before, and a test's secret at the test.
type devNotifier struct {
	secret string
}

func newDevNotifier() *devNotifier {
	return &devNotifier{secret: "local-development-only-secret"}
}

func (d *devNotifier) notify() (string, error) {
	return auth.NewAccessToken("dev", d.secret).ToJWT() // want `hard-coded 29-byte key passed to \(\*jwt.Token\).SignedString through auth.NewAccessToken`
}
