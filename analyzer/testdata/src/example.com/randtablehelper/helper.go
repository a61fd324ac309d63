// Package randtablehelper builds strings from characters picked out of a
// table its callers pass, by a math/rand index (sweep: 0xDkd/auxpi
// bootstrap.GetRandomString) or a crypto/rand one.
package randtablehelper

import (
	crand "crypto/rand"
	"math/big"
	"math/rand"
	"time"
)

// FromTable returns l characters of str picked by a clock-seeded math/rand
// generator, appended one by one.
func FromTable(l int, str string) string {
	bytes := []byte(str)
	result := []byte{}
	r := rand.New(rand.NewSource(time.Now().UnixNano()))
	for i := 0; i < l; i++ {
		result = append(result, bytes[r.Intn(len(bytes))])
	}
	return string(result)
}

// CryptoFromTable returns l characters of str picked by crypto/rand.
func CryptoFromTable(l int, str string) string {
	result := make([]byte, l)
	for i := range result {
		n, err := crand.Int(crand.Reader, big.NewInt(int64(len(str))))
		if err != nil {
			panic(err)
		}
		result[i] = str[n.Int64()]
	}
	return string(result)
}
