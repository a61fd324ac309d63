// Package randtables: keys built from characters picked by a math/rand
// index out of a table of any kind, the table a parameter, a []byte or
// []rune conversion of it, or a string, the result made by append or by
// index (issue 12 item 5; sweep: 0xDkd/auxpi).
package randtables

import (
	crand "crypto/rand"
	"math/big"
	"math/rand"
	"time"

	"example.com/randtablehelper"
	"github.com/golang-jwt/jwt/v5"
)

const charset = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

// appendFromParam is auxpi's helper: []byte(param) picked by a seeded
// generator, appended to []byte{}.
func appendFromParam(l int, str string) string {
	bytes := []byte(str)
	result := []byte{}
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	for i := 0; i < l; i++ {
		result = append(result, bytes[r.Intn(len(bytes))])
	}
	return string(result)
}

// runesFromParam picks from a []rune conversion of its parameter.
func runesFromParam(n int, table string) string {
	rs := []rune(table)
	out := make([]rune, n)
	for i := range out {
		out[i] = rs[rand.Intn(len(rs))]
	}
	return string(out)
}

// stringFromParam picks bytes of its string parameter directly.
func stringFromParam(n int, table string) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = table[rand.Intn(len(table))]
	}
	return string(out)
}

// sliceParam picks from a []byte parameter.
func sliceParam(n int, table []byte) []byte {
	out := make([]byte, 0, n)
	for len(out) < n {
		out = append(out, table[rand.Int63()%int64(len(table))])
	}
	return out
}

// appendString appends the picked characters to a string.
func appendString(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += string(charset[rand.Intn(len(charset))])
	}
	return s
}

// cryptoPick picks with crypto/rand: not predictable.
func cryptoPick(n int, table string) string {
	out := make([]byte, n)
	for i := range out {
		k, err := crand.Int(crand.Reader, big.NewInt(int64(len(table))))
		if err != nil {
			panic(err)
		}
		out[i] = table[k.Int64()]
	}
	return string(out)
}

func uses() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(appendFromParam(40, charset)))                 // want `key passed to \(\*jwt.Token\).SignedString comes from \(\*math/rand.Rand\).Intn \(through randtables.appendFromParam\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(runesFromParam(40, charset)))                  // want `comes from math/rand.Intn \(through randtables.runesFromParam\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(stringFromParam(40, charset)))                 // want `comes from math/rand.Intn \(through randtables.stringFromParam\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(sliceParam(40, []byte(charset)))                      // want `comes from math/rand.Int63 \(through randtables.sliceParam\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(appendString(40)))                             // want `comes from math/rand.Intn \(through randtables.appendString\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(randtablehelper.FromTable(40, charset)))       // want `comes from \(\*math/rand.Rand\).Intn \(through randtablehelper.FromTable\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cryptoPick(64, charset)))                      // crypto/rand: not predictable
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(randtablehelper.CryptoFromTable(64, charset))) // crypto/rand: not predictable
}

// secret is made at start from a table by a helper, as auxpi does.
var secret = appendFromParam(32, charset)

func fromVar() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret)) // want `comes from \(\*math/rand.Rand\).Intn \(through randtables.appendFromParam\), which is predictable`
}
