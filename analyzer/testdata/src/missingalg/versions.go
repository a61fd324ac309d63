package missingalg

import (
	"crypto/rsa"
	"errors"
	"os"

	dgrijalva "github.com/dgrijalva/jwt-go"
	form3tech "github.com/form3tech-oss/jwt-go"
	jwt3 "github.com/golang-jwt/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	jwt4request "github.com/golang-jwt/jwt/v4/request"
	"net/http"
)

var rsaPub *rsa.PublicKey

func v4Parse(s string) {
	jwt4.Parse(s, func(t *jwt4.Token) (interface{}, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key: .*; pass jwt.WithValidMethods with the algorithms you expect, or check t.Method in the keyfunc`
		return []byte(os.Getenv("V4_SECRET")), nil
	})
}

func v4Whitelist(s string) {
	jwt4.Parse(s, func(t *jwt4.Token) (interface{}, error) {
		return []byte(os.Getenv("V4_SECRET")), nil
	}, jwt4.WithValidMethods([]string{"HS256"}))
}

func v4ParserStruct(s string) {
	p := &jwt4.Parser{ValidMethods: []string{"RS256"}}
	p.Parse(s, func(t *jwt4.Token) (interface{}, error) { return rsaPub, nil })
}

func v4Request(r *http.Request) {
	jwt4request.ParseFromRequest(r, jwt4request.OAuth2Extractor, func(t *jwt4.Token) (interface{}, error) { return rsaPub, nil }) // want `request.ParseFromRequest accepts any algorithm the token names; its keyfunc returns only public keys, so restricting the algorithm is defence in depth; pass request.WithParser\(jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{…\}\)\)\), or check t.Method in the keyfunc`
}

func v3Checked(s string) {
	jwt3.Parse(s, func(t *jwt3.Token) (interface{}, error) {
		if _, ok := t.Method.(*jwt3.SigningMethodRSA); !ok {
			return nil, errors.New("unexpected method")
		}
		return rsaPub, nil
	})
}

func v3ParserField(s string) {
	p := new(jwt3.Parser)
	p.ValidMethods = []string{"RS256"}
	p.ParseWithClaims(s, jwt3.MapClaims{}, func(t *jwt3.Token) (interface{}, error) { return rsaPub, nil })
}

func v3EmptyParser(s string) {
	p := &jwt3.Parser{}
	p.Parse(s, func(t *jwt3.Token) (interface{}, error) { return rsaPub, nil }) // want `\(\*jwt.Parser\).Parse accepts any algorithm the token names; its keyfunc returns only public keys`
}

func dgrijalvaParse(s string) {
	dgrijalva.ParseWithClaims(s, &dgrijalva.StandardClaims{}, func(t *dgrijalva.Token) (interface{}, error) { // want `jwt.ParseWithClaims accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
		return []byte(os.Getenv("DG_SECRET")), nil
	})
}

func dgrijalvaHeader(s string) {
	dgrijalva.Parse(s, func(t *dgrijalva.Token) (interface{}, error) {
		if t.Header["alg"] != "HS256" {
			return nil, errors.New("unexpected alg")
		}
		return []byte(os.Getenv("DG_SECRET")), nil
	})
}

func form3techParse(s string) {
	form3tech.Parse(s, func(t *form3tech.Token) (interface{}, error) { // want `jwt.Parse accepts any algorithm the token names and its keyfunc can return a \[\]byte key`
		return []byte(os.Getenv("F3_SECRET")), nil
	})
}

func v4RequestWithClaims(r *http.Request) {
	jwt4request.ParseFromRequestWithClaims(r, jwt4request.OAuth2Extractor, jwt4.MapClaims{}, func(t *jwt4.Token) (interface{}, error) { return rsaPub, nil }) // want `request.ParseFromRequestWithClaims accepts any algorithm the token names; its keyfunc returns only public keys, so restricting the algorithm is defence in depth; call request.ParseFromRequest with request.WithParser\(jwt.NewParser\(jwt.WithValidMethods\(\[\]string\{…\}\)\)\), or check t.Method in the keyfunc`
}
