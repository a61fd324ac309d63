package missingalg

import "github.com/golang-jwt/jwt/v5"

// Regression (false positive): the keyfunc hands t.Method, not the token, to
// a helper that type-asserts it; the check must be seen through the helper.

func checkSigningMethod(m jwt.SigningMethod) error {
	if _, ok := m.(*jwt.SigningMethodEd25519); !ok {
		return errMethod
	}
	return nil
}

// methodHelper hands t.Method (not the token) to a helper that checks it.
func methodHelper(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		if err := checkSigningMethod(t.Method); err != nil {
			return nil, err
		}
		return pub, nil
	})
}
