package ginjwt

import (
	"os"

	jwt "github.com/appleboy/gin-jwt/v2"
	gojwt "github.com/golang-jwt/jwt/v4"
)

// NewKeyFuncUnchecked uses a keyfunc that does not check the method.
func NewKeyFuncUnchecked() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "api",
		KeyFunc: func(t *gojwt.Token) (interface{}, error) { // jwtlint:expect missing-alg-check
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
		Authenticator: authenticate,
	})
}

// NewKeyFuncWhitelisted whitelists the algorithm through ParseOptions: not
// reported.
func NewKeyFuncWhitelisted() (*jwt.GinJWTMiddleware, error) {
	return jwt.New(&jwt.GinJWTMiddleware{
		Realm: "api",
		KeyFunc: func(t *gojwt.Token) (interface{}, error) {
			return []byte(os.Getenv("JWT_SECRET")), nil
		},
		ParseOptions:  []gojwt.ParserOption{gojwt.WithValidMethods([]string{"HS256"})},
		Authenticator: authenticate,
	})
}
