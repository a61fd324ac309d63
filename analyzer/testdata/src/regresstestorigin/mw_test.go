package regresstestorigin

import (
	"testing"

	"github.com/golang-jwt/jwt/v5"
)

func TestSign(t *testing.T) {
	mw := &middleware{key: []byte("secret key")}
	mw.sign(jwt.New(jwt.SigningMethodHS256))
	empty := &middleware{key: []byte("")}
	empty.sign(jwt.New(jwt.SigningMethodHS256))
	newMiddleware().signDefault(jwt.New(jwt.SigningMethodHS256))
}
