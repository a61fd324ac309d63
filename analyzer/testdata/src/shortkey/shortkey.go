package shortkey

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"io"
	"os"

	"example.com/randhelpers"
	"github.com/cristalhq/jwt/v5"
	gbr "github.com/gbrlsnchs/jwt/v3"
	"github.com/go-chi/jwtauth/v5"
	jose "github.com/go-jose/go-jose/v4"
	jwtv5 "github.com/golang-jwt/jwt/v5"
	"github.com/google/uuid"
	"github.com/lestrrat-go/jwx/v2/jwa"
	jwxjwt "github.com/lestrrat-go/jwx/v2/jwt"
)

func random(n int) []byte {
	b := make([]byte, n)
	if _, err := io.ReadFull(rand.Reader, b); err != nil {
		panic(err)
	}
	return b
}

func hs512() {
	key := make([]byte, 32)
	rand.Read(key)
	jwtv5.NewWithClaims(jwtv5.SigningMethodHS512, jwtv5.MapClaims{}).SignedString(key) // want `32-byte key for HS512 passed to \(\*jwt.Token\).SignedString holds only 256 bits of entropy \(crypto/rand.Read\); RFC 7518 requires 512: use 64 random bytes, e.g. a key made by .jwtlint gen --alg HS512.`
}

func hs512Good() {
	key := make([]byte, 64)
	rand.Read(key)
	jwtv5.NewWithClaims(jwtv5.SigningMethodHS512, jwtv5.MapClaims{}).SignedString(key)
}

var method = jwtv5.SigningMethodHS384

func viaHelperAndVar() {
	tok := jwtv5.New(method)
	tok.SignedString(random(32)) // want `32-byte key for HS384 passed to \(\*jwt.Token\).SignedString holds only 256 bits of entropy`
	tok.SignedString(random(48))
}

func otherPackageSize() {
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString(randhelpers.RandomBytes(16)) // want `16-byte key for HS256 passed to \(\*jwt.Token\).SignedString holds only 128 bits of entropy`
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString(randhelpers.RandomBytes(32))
}

func hexText() {
	key := []byte(hex.EncodeToString(random(16)))
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString(key) // want `32-byte key for HS256 passed to \(\*jwt.Token\).SignedString holds only 128 bits of entropy \(hex text of 16 random bytes\)`
	key2 := []byte(hex.EncodeToString(random(32)))
	jwtv5.New(jwtv5.SigningMethodHS512).SignedString(key2) // want `64-byte key for HS512 passed to \(\*jwt.Token\).SignedString holds only 256 bits of entropy \(hex text of 32 random bytes\); RFC 7518 requires 512`
	key3 := []byte(base64.StdEncoding.EncodeToString(random(32)))
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString(key3)
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte(randhelpers.HexKey())) // want `32-byte key for HS256 passed to \(\*jwt.Token\).SignedString holds only 128 bits of entropy \(hex text of 16 random bytes\)`
}

func uuidKey() {
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte(uuid.New().String())) // want `36-byte key for HS256 passed to \(\*jwt.Token\).SignedString holds only 122 bits of entropy`
}

func sliced() {
	key := random(64)
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString(key[:16]) // want `16-byte key for HS256 passed to \(\*jwt.Token\).SignedString holds only 128 bits of entropy`
}

func verifySide(s string) {
	key := random(32)
	jwtv5.Parse(s, func(t *jwtv5.Token) (any, error) {
		return key, nil // want `32-byte key for HS512 passed to jwt.Parse holds only 256 bits of entropy`
	}, jwtv5.WithValidMethods([]string{"HS256", "HS512"}))
}

func otherLibraries() {
	k := random(32)
	jwxjwt.WithKey(jwa.HS384, k)                       // want `32-byte key for HS384 passed to jwt.WithKey holds only 256 bits`
	_ = jose.SigningKey{Algorithm: jose.HS512, Key: k} // want `32-byte key for HS512 passed to jose.SigningKey.Key holds only 256 bits`
	jwtauth.New("HS512", k, nil)                       // want `32-byte key for HS512 passed to jwtauth.New holds only 256 bits`
	jwt.NewSignerHS(jwt.HS512, k)                      // want `32-byte key for HS512 passed to jwt.NewSignerHS holds only 256 bits`
	_ = jwtgbr(k)                                      // want `32-byte key for HS512 passed to jwt.NewHS512 through shortkey.jwtgbr \(shortkey.go:93\) holds only 256 bits`
	_ = jose.SigningKey{Algorithm: jose.HS256, Key: k}
	jwtauth.New("HS256", k, nil)
	jwtauth.New("RS256", nil, nil)
}

func jwtgbr(k []byte) any {
	return gbr.NewHS512(k)
}

func emptyFallback() {
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte(randhelpers.Getenv("JWT_SECRET", ""))) // want `key passed to \(\*jwt.Token\).SignedString falls back to an empty key: anyone can forge tokens when it does; fail when the key is missing and load one made by .jwtlint gen --alg HS256.`
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte(randhelpers.Getenv("JWT_SECRET", "fallback-but-not-empty"))) // want `HMAC key for HS256 passed to \(\*jwt.Token\).SignedString is 22 bytes; RFC 7518 requires at least 32: load a key made by .jwtlint gen --alg HS256.`
}

func empty() {
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte("")) // want `empty HMAC key passed to \(\*jwt.Token\).SignedString: anyone can forge tokens`
	jwtv5.New(jwtv5.SigningMethodHS256).SignedString([]byte(os.Getenv("JWT_SECRET"))) // want `key from os.Getenv\("JWT_SECRET"\) reaches \(\*jwt.Token\).SignedString with no emptiness or length check`
}

func capturedBuffer(raw string) error {
	key := make([]byte, 16)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	_, err := jwtv5.Parse(raw, func(t *jwtv5.Token) (any, error) {
		if _, ok := t.Method.(*jwtv5.SigningMethodHMAC); !ok {
			return nil, nil
		}
		return key, nil // want `16-byte key \(HMAC, algorithm unknown: HS256 assumed\) passed to jwt.Parse holds only 128 bits of entropy`
	})
	return err
}
