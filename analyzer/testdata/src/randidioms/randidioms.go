// Package randidioms: keys made by the well-known Go "random string"
// idioms, each drawing its index from math/rand in its own way (remainder,
// mask, mask over cached bits, a clock-seeded Source, a strings.Builder or
// bytes.Buffer for the result): all predictable (sweep: washboard main.go,
// Testing-Implementasi_Sistem controller, the auth package of
// randStringBytesRmndr). Written for jwtlint, after the shapes of those
// programs.
package randidioms

import (
	"bytes"
	crand "crypto/rand"
	"math/big"
	"math/rand"
	"strings"
	"time"
	"unsafe"

	"github.com/golang-jwt/jwt/v5"
)

const alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"

const (
	bitsPerIndex = 6
	indexMask    = 1<<bitsPerIndex - 1
	perDraw      = 63 / bitsPerIndex
)

func remainder(n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[rand.Int63()%int64(len(alphabet))]
	}
	return string(out)
}

func masked(n int) string {
	out := make([]byte, n)
	for i := 0; i < n; {
		if k := int(rand.Int63() & indexMask); k < len(alphabet) {
			out[i] = alphabet[k]
			i++
		}
	}
	return string(out)
}

func cachedBits(n int) string {
	out := make([]byte, n)
	draw, left := rand.Int63(), perDraw
	for i := n - 1; i >= 0; {
		if left == 0 {
			draw, left = rand.Int63(), perDraw
		}
		if k := int(draw & indexMask); k < len(alphabet) {
			out[i] = alphabet[k]
			i--
		}
		draw >>= bitsPerIndex
		left--
	}
	return string(out)
}

var clock = rand.NewSource(time.Now().UnixNano())

func fromSource(n int) string {
	out := make([]byte, n)
	draw, left := clock.Int63(), perDraw
	for i := n - 1; i >= 0; {
		if left == 0 {
			draw, left = clock.Int63(), perDraw
		}
		if k := int(draw & indexMask); k < len(alphabet) {
			out[i] = alphabet[k]
			i--
		}
		draw >>= bitsPerIndex
		left--
	}
	return string(out)
}

func builder(n int) string {
	sb := strings.Builder{}
	sb.Grow(n)
	draw, left := clock.Int63(), perDraw
	for i := n - 1; i >= 0; {
		if left == 0 {
			draw, left = clock.Int63(), perDraw
		}
		if k := int(draw & indexMask); k < len(alphabet) {
			sb.WriteByte(alphabet[k])
			i--
		}
		draw >>= bitsPerIndex
		left--
	}
	return sb.String()
}

func buffer(n int) []byte {
	var buf bytes.Buffer
	for buf.Len() < n {
		buf.WriteString(string(alphabet[rand.Intn(len(alphabet))]))
	}
	return buf.Bytes()
}

// cryptoBuilder draws the index from crypto/rand: not predictable.
func cryptoBuilder(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		k, err := crand.Int(crand.Reader, big.NewInt(int64(len(alphabet))))
		if err != nil {
			panic(err)
		}
		sb.WriteByte(alphabet[k.Int64()])
	}
	return sb.String()
}

// mixedBuffer writes a math/rand character and then hands the buffer to
// a function that may write anything: nothing is known of its contents.
func mixedBuffer(fill func(*bytes.Buffer)) []byte {
	var buf bytes.Buffer
	buf.WriteByte(alphabet[rand.Intn(len(alphabet))])
	fill(&buf)
	return buf.Bytes()
}

var jwtKey = []byte(remainder(128))

func uses(fill func(*bytes.Buffer)) {
	jwt.New(jwt.SigningMethodHS256).SignedString(jwtKey)                    // want `comes from math/rand.Int63 \(through randidioms.remainder\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(masked(64)))        // want `comes from math/rand.Int63 \(through randidioms.masked\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cachedBits(64)))    // want `comes from math/rand.Int63 \(through randidioms.cachedBits\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(fromSource(64)))    // want `comes from \(math/rand.Source\).Int63 \(through randidioms.fromSource\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(builder(128)))      // want `comes from \(math/rand.Source\).Int63 \(through randidioms.builder\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString(buffer(64))                // want `comes from math/rand.Intn \(through randidioms.buffer\), which is predictable`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cryptoBuilder(64))) // crypto/rand: not predictable
	jwt.New(jwt.SigningMethodHS256).SignedString(mixedBuffer(fill))         // written by an unknown function: nothing known
}

// unsafeView returns the bytes as a string without a copy, by the pointer
// conversion the idiom's last variant uses.
func unsafeView(n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = alphabet[rand.Int63()%int64(len(alphabet))]
	}
	return *(*string)(unsafe.Pointer(&out))
}

func unsafeUse() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(unsafeView(64))) // want `comes from math/rand.Int63 \(through randidioms.unsafeView\), which is predictable`
}
