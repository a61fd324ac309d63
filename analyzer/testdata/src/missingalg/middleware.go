package missingalg

import (
	"errors"
	"os"

	ginjwt "github.com/appleboy/gin-jwt/v2"
	kitjwt "github.com/go-kit/kit/auth/jwt"
	jwtware "github.com/gofiber/contrib/jwt"
	jwt4 "github.com/golang-jwt/jwt/v4"
	"github.com/golang-jwt/jwt/v5"
	echojwt "github.com/labstack/echo-jwt/v4"
)

func echoKeyfunc() {
	echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (any, error) { // want `custom keyfunc in echojwt.Config.KeyFunc does not check t.Method: labstack/echo-jwt/v4 then accepts any algorithm the token names, and the keyfunc can return a \[\]byte key: a forged token can choose HMAC and be checked with key bytes meant for another algorithm \(HMAC/RSA confusion\); check t.Method in the keyfunc`
			return []byte(os.Getenv("ECHO_SECRET")), nil
		},
	})
}

func echoCheckedKeyfunc() {
	echojwt.WithConfig(echojwt.Config{
		KeyFunc: func(t *jwt.Token) (any, error) {
			if t.Method.Alg() != "HS256" {
				return nil, errors.New("unexpected alg")
			}
			return []byte(os.Getenv("ECHO_SECRET")), nil
		},
	})
}

func echoDefault() {
	// The default keyfunc checks SigningMethod (HS256 by default).
	echojwt.WithConfig(echojwt.Config{SigningKey: []byte(os.Getenv("ECHO_SECRET"))})
}

func ginKeyfunc() {
	ginjwt.New(&ginjwt.GinJWTMiddleware{
		Realm: "api",
		KeyFunc: func(t *jwt4.Token) (interface{}, error) { // want `custom keyfunc in jwt.GinJWTMiddleware.KeyFunc does not check t.Method: appleboy/gin-jwt/v2 then accepts any algorithm the token names; the keyfunc returns only public keys, so checking the method is defence in depth; check t.Method in the keyfunc or put WithValidMethods in ParseOptions`
			return rsaPub, nil
		},
	})
}

func ginParseOptions() {
	ginjwt.New(&ginjwt.GinJWTMiddleware{
		KeyFunc:      func(t *jwt4.Token) (interface{}, error) { return rsaPub, nil },
		ParseOptions: []jwt4.ParserOption{jwt4.WithValidMethods([]string{"RS256"})},
	})
}

func fiberNoAlg() {
	jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{Key: []byte(os.Getenv("FIBER_SECRET"))}, // want `jwtware.SigningKey without JWTAlg accepts any algorithm the token names, and this \[\]byte key then verifies tokens that choose HMAC \(HMAC/RSA confusion\); set JWTAlg to the key's algorithm`
	})
}

func fiberAlg() {
	jwtware.New(jwtware.Config{
		SigningKey: jwtware.SigningKey{JWTAlg: jwtware.HS256, Key: []byte(os.Getenv("FIBER_SECRET"))},
	})
	jwtware.New(jwtware.Config{
		SigningKeys: map[string]jwtware.SigningKey{
			"k1": {JWTAlg: jwtware.RS256, Key: rsaPub},
			"k2": {Key: rsaPub}, // want `jwtware.SigningKey without JWTAlg accepts any algorithm the token names; set JWTAlg to the key's algorithm`
		},
	})
}

func goKit() {
	// go-kit's parser rejects tokens whose method is not the one given.
	kitjwt.NewParser(func(t *jwt4.Token) (interface{}, error) { return rsaPub, nil }, jwt4.SigningMethodRS256, kitjwt.StandardClaimsFactory)
}
