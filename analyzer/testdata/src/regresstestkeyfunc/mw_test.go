package regresstestkeyfunc

import (
	"net/http/httptest"
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

var testKey = []byte("test-key-for-the-middleware-tests")

func TestParse(t *testing.T) {
	mw := &middleware{keyFunc: func(*jwt.Token) (any, error) { return testKey, nil }}
	r := httptest.NewRequest("GET", "/", nil)
	r.Header.Set("Authorization", "x.y.z")
	mw.parse(r)
}
