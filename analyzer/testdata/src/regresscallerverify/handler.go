// Package regresscallerverify is a regression fixture from the real-world
// sweep (ory/fosite v0.49.0, handler/rfc7523/handler.go:163): a helper reads
// the claims of a token unverified, only to check that they are present; its
// caller verifies the same token with a key before it uses any claim. The
// unverified read is not reported when every call site of the helper
// verifies the token it passes; it is when one does not, or when the helper
// is exported (callers elsewhere are unknown).
package regresscallerverify

import (
	"errors"

	"github.com/go-jose/go-jose/v3/jwt"
)

type handler struct{ key interface{} }

// handle verifies the token after the helper's unverified read (fosite's
// HandleTokenEndpointRequest).
func (h *handler) handle(assertion string) (string, error) {
	token, err := jwt.ParseSigned(assertion)
	if err != nil {
		return "", err
	}
	if err := h.preRequisites(token); err != nil {
		return "", err
	}
	claims := jwt.Claims{}
	if err := token.Claims(h.key, &claims); err != nil {
		return "", err
	}
	return claims.Subject, nil
}

// handleViaHelper verifies the token in a second helper.
func (h *handler) handleViaHelper(assertion string) error {
	token, err := jwt.ParseSigned(assertion)
	if err != nil {
		return err
	}
	if err := h.preRequisites(token); err != nil {
		return err
	}
	return h.verify(token)
}

func (h *handler) verify(token *jwt.JSONWebToken) error {
	var claims jwt.Claims
	return token.Claims(h.key, &claims)
}

// preRequisites is only called by callers that verify the token.
func (h *handler) preRequisites(token *jwt.JSONWebToken) error {
	unverified := jwt.Claims{}
	if err := token.UnsafeClaimsWithoutVerification(&unverified); err != nil {
		return err
	}
	if unverified.Issuer == "" || unverified.Subject == "" {
		return errors.New("iss and sub are required")
	}
	return nil
}

// subject is called by a caller that never verifies the token.
func subject(token *jwt.JSONWebToken) string {
	var c jwt.Claims
	token.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Subject
}

func whoami(assertion string) string {
	token, _ := jwt.ParseSigned(assertion)
	return subject(token)
}

// issuer has one caller that verifies and one that does not.
func issuer(token *jwt.JSONWebToken) string {
	var c jwt.Claims
	token.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Issuer
}

func (h *handler) mixed(assertion string, verify bool) string {
	token, _ := jwt.ParseSigned(assertion)
	if verify {
		var claims jwt.Claims
		if token.Claims(h.key, &claims) != nil {
			return ""
		}
	}
	return issuer(token)
}

func unchecked(assertion string) string {
	token, _ := jwt.ParseSigned(assertion)
	return issuer(token)
}

// Audience is exported: its callers in other packages are unknown.
func Audience(token *jwt.JSONWebToken) jwt.Audience {
	var c jwt.Claims
	token.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Audience
}

func (h *handler) audience(assertion string) jwt.Audience {
	token, _ := jwt.ParseSigned(assertion)
	var claims jwt.Claims
	if token.Claims(h.key, &claims) != nil {
		return nil
	}
	return Audience(token)
}

// expiry is also used as a value: its callers are not all known.
func expiry(token *jwt.JSONWebToken) *jwt.NumericDate {
	var c jwt.Claims
	token.UnsafeClaimsWithoutVerification(&c) // want `UnsafeClaimsWithoutVerification does not verify`
	return c.Expiry
}

var readExpiry = expiry

func (h *handler) expiryChecked(assertion string) *jwt.NumericDate {
	token, _ := jwt.ParseSigned(assertion)
	var claims jwt.Claims
	if token.Claims(h.key, &claims) != nil {
		return nil
	}
	return expiry(token)
}
