package issuer

import (
	"testing"

	"realworld6.example/teststore/settings"
)

func TestIssue(t *testing.T) {
	iss := Issuer{settings.Settings{SigningKey: "qwerty"}} // want `well-known sample secret passed to jwt.NewSignerHS`
	if _, err := iss.Issue(map[string]any{"sub": "1"}); err != nil {
		t.Fatal(err)
	}
	// A test that passes an empty key to see the error is no finding.
	empty := Issuer{settings.Settings{SigningKey: ""}}
	if _, err := empty.Issue(map[string]any{}); err == nil {
		t.Fatal("want an error for the empty key")
	}
}
