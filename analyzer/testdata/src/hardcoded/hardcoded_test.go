package hardcoded

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestSign(t *testing.T) {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("test-only-secret"))
}
