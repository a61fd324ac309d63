// Package errpair reduces navidrome/navidrome at 295886c (core/auth/auth.go:36,
// sweep 6 of issue 12): the JWT secret is read from the store and
// decrypted; the decrypting helper returns "" with every error, and the
// loader replaces the secret with a new random one whenever it gets an
// error. The "" never reaches the key: no empty-key fallback. Reported at
// main 472e10d as short-key "falls back to an empty key". (Navidrome's new
// secret is 16 random bytes, 128 bits, short for HS256 in its own right;
// here it is 32, so nothing is to be reported.)
package errpair

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"errors"

	"github.com/go-chi/jwtauth/v5"
)

type store interface {
	Get(key string) (string, error)
	Put(key, value string) error
}

func decrypt(encKey []byte, encData string) (value string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("decryption panicked")
		}
	}()
	enc, _ := base64.StdEncoding.DecodeString(encData)
	block, err := aes.NewCipher(encKey)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	n := gcm.NonceSize()
	plain, err := gcm.Open(nil, enc[:n], enc[n:], nil)
	if err != nil {
		return "", err
	}
	return string(plain), nil
}

func newSecret(s store, key string) string {
	b := make([]byte, 32)
	if _, err := rand.Read(b); err != nil {
		panic(err)
	}
	secret := hex.EncodeToString(b)
	_ = s.Put(key, secret)
	return secret
}

func loadOrCreate(s store, encKey []byte, key string) string {
	secret, err := s.Get(key)
	if err != nil || secret == "" {
		return newSecret(s, key)
	}
	if secret, err = decrypt(encKey, secret); err != nil {
		return newSecret(s, key)
	}
	return secret
}

func tokenAuth(s store, encKey []byte) *jwtauth.JWTAuth {
	return jwtauth.New("HS256", []byte(loadOrCreate(s, encKey, "JWTSecret")), nil) // no finding: "" comes only with an error
}
