package missingalg

import (
	"errors"
	"fmt"
	"net/http"
	"slices"

	"example.com/verifyhelpers"
	"github.com/golang-jwt/jwt/v5"
	"github.com/golang-jwt/jwt/v5/request"
)

var errMethod = errors.New("unexpected signing method")

func typeAssertion(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if _, ok := t.Method.(*jwt.SigningMethodHMAC); !ok {
			return nil, fmt.Errorf("unexpected signing method: %v", t.Header["alg"])
		}
		return []byte("x"), nil
	})
}

func typeSwitch(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method.(type) {
		case *jwt.SigningMethodRSA:
			return pub, nil
		default:
			return nil, errMethod
		}
	})
}

func algCompare(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method.Alg() != "HS256" {
			return nil, errMethod
		}
		return []byte("x"), nil
	})
}

func algSwitch(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		switch t.Method.Alg() {
		case "HS256", "HS384":
			return []byte("x"), nil
		}
		return nil, errMethod
	})
}

func algContains(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if !slices.Contains([]string{"RS256"}, t.Method.Alg()) {
			return nil, errMethod
		}
		return pub, nil
	})
}

func headerAlg(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if alg, _ := t.Header["alg"].(string); alg != "RS256" {
			return nil, errMethod
		}
		return pub, nil
	})
}

func methodCompare(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if t.Method != jwt.SigningMethodHS256 {
			return nil, errMethod
		}
		return []byte("x"), nil
	})
}

func checkMethod(t *jwt.Token) error {
	if _, ok := t.Method.(*jwt.SigningMethodRSA); !ok {
		return errMethod
	}
	return nil
}

func checkAlgName(alg string) error {
	if alg != "RS256" {
		return errMethod
	}
	return nil
}

func helperSamePackage(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := checkMethod(t); err != nil {
			return nil, err
		}
		return pub, nil
	})
}

func helperAlgName(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := checkAlgName(t.Method.Alg()); err != nil {
			return nil, err
		}
		return pub, nil
	})
}

func helperOtherPackage(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := verifyhelpers.CheckMethod(t); err != nil {
			return nil, err
		}
		return []byte("x"), nil
	})
	jwt.Parse(s, verifyhelpers.CheckedKeyfunc)
	jwt.Parse(s, verifyhelpers.Keyfunc(nil))
}

func whitelistFirst(s string) {
	jwt.Parse(s, namedKeyfunc, jwt.WithValidMethods([]string{"HS256"}))
}

func whitelistSecond(s string) {
	jwt.Parse(s, namedKeyfunc, jwt.WithLeeway(5), jwt.WithValidMethods([]string{"HS256"}))
}

func whitelistSlice(s string) {
	opts := []jwt.ParserOption{jwt.WithLeeway(5), jwt.WithValidMethods([]string{"HS256"})}
	jwt.Parse(s, namedKeyfunc, opts...)
}

func whitelistAppend(s string) {
	var opts []jwt.ParserOption
	opts = append(opts, jwt.WithValidMethods([]string{"HS256"}))
	jwt.Parse(s, namedKeyfunc, opts...)
}

var parserOptions = []jwt.ParserOption{jwt.WithValidMethods([]string{"HS256"})}

func whitelistGlobalSlice(s string) {
	jwt.Parse(s, namedKeyfunc, parserOptions...)
}

func whitelistParser(s string) {
	p := jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))
	p.Parse(s, namedKeyfunc)
}

type api struct{ parser *jwt.Parser }

func newAPI() *api {
	return &api{parser: jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))}
}

func (a *api) whitelistField(s string) {
	a.parser.ParseWithClaims(s, &jwt.RegisteredClaims{}, namedKeyfunc)
}

var globalParser = jwt.NewParser(jwt.WithValidMethods([]string{"RS256"}))

func whitelistGlobalParser(s string) {
	globalParser.Parse(s, namedKeyfunc)
}

func whitelistRequest(r *http.Request) {
	request.ParseFromRequest(r, request.OAuth2Extractor, namedKeyfunc,
		request.WithParser(jwt.NewParser(jwt.WithValidMethods([]string{"HS256"}))))
}

func parserParam(p *jwt.Parser, s string) {
	// The parser comes from callers we cannot see: not reported.
	p.Parse(s, namedKeyfunc)
}

func ParseExported(s string, kf jwt.Keyfunc) { // want ParseExported:"jwtlint.func"
	// The keyfunc comes from callers we cannot see: not reported.
	jwt.Parse(s, kf)
}
