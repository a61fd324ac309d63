package missingalg

import (
	jose3 "github.com/go-jose/go-jose/v3"
	jose3jwt "github.com/go-jose/go-jose/v3/jwt"
	jose4 "github.com/go-jose/go-jose/v4"
	jose4jwt "github.com/go-jose/go-jose/v4/jwt"
	squarejwt "gopkg.in/square/go-jose.v2/jwt"
)

func joseV3(raw string) {
	jose3jwt.ParseSigned(raw) // want `jwt.ParseSigned \(go-jose/go-jose/v3\) cannot restrict the algorithms a token may name: move to github.com/go-jose/go-jose/v4 and pass the algorithms you accept to ParseSigned`
	jose3.ParseSigned(raw)    // want `jose.ParseSigned \(go-jose/go-jose/v3\) cannot restrict the algorithms`
}

func square(raw string) {
	squarejwt.ParseSigned(raw) // want `jwt.ParseSigned \(square/go-jose.v2\) cannot restrict the algorithms`
}

func joseV4(raw string) {
	jose4jwt.ParseSigned(raw, []jose4.SignatureAlgorithm{jose4.RS256})
}
