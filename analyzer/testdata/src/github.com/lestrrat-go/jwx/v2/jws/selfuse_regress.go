package jws

// Regression fixture from the real-world sweep (lestrrat-go/jwx v2.1.7,
// jws/jws.go:363, jws/signer.go:108): a JWT library's own packages use the
// APIs the rules are about to implement the safe ones (Verify parses the
// message before it verifies it; the "none" signer names the "none"
// algorithm). They are not reported: the rules are about the library's
// users (regress_test.go TestRegressLibrarySelf).

import "github.com/lestrrat-go/jwx/v2/jwa"

func verifyRegress(buf []byte) ([]byte, error) {
	msg, err := Parse(buf) // no finding: the library itself
	if err != nil {
		return nil, err
	}
	_ = msg
	return nil, nil
}

func noneRegress() jwa.SignatureAlgorithm { return jwa.NoSignature } // no finding: the library itself

func signRegress(payload []byte) {
	Sign(payload, WithKey(jwa.HS256, []byte("library-internal-test-key"))) // no finding: the library itself
}
