// Package regressparamslice is a missed shape of the real-world sweep (seen
// while reducing the iris crash, testdata/src/regressslice): a helper slices
// its parameter (s[4:], s[:n], s[i:]). The key is what the slice leaves of
// the argument, not the whole argument: the slice applies where the helper's
// parameter is replaced by the caller's argument.
package regressparamslice

import (
	"github.com/golang-jwt/jwt/v5"
)

// stripPrefix drops a 4-byte "key:" prefix.
func stripPrefix(s string) string { return s[4:] }

// head keeps the first 16 bytes.
func head(s string) []byte { return []byte(s)[:16] }

// from drops the first i bytes: the length is unknown.
func from(s string, i int) string { return s[i:] }

// through passes its parameter to a slicing helper.
func through(s string) string { return stripPrefix(s) }

func constLow() (string, error) {
	// 4 + 32 bytes: the key is 32.
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(stripPrefix("key:constant-low-bound-key-32-bytes!"))) // want `^hard-coded 32-byte key passed to`
}

func constHigh() (string, error) {
	// 16 of 36 bytes.
	return jwt.New(jwt.SigningMethodHS256).SignedString(head("constant-high-bound-key-of-36-bytes!")) // want `^hard-coded 16-byte key passed to`
}

func variableLow(i int) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(from("variable-low-bound-key-of-36-bytes!!", i))) // want `^hard-coded key passed to`
}

func twoLevels() (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(through("key:two-level-helper-key-of-32-bytes"))) // want `^hard-coded 32-byte key passed to`
}

// skip drops a prefix on each of many paths: one origin of unknown length,
// not one per path (fasthttp-like parsers made the first version of this
// fix exponential).
func skip(s string, flags uint32) string {
	if flags&(1<<0) != 0 {
		s = s[1:]
	}
	if flags&(1<<1) != 0 {
		s = s[2:]
	}
	if flags&(1<<2) != 0 {
		s = s[3:]
	}
	if flags&(1<<3) != 0 {
		s = s[4:]
	}
	if flags&(1<<4) != 0 {
		s = s[5:]
	}
	if flags&(1<<5) != 0 {
		s = s[6:]
	}
	if flags&(1<<6) != 0 {
		s = s[7:]
	}
	if flags&(1<<7) != 0 {
		s = s[8:]
	}
	if flags&(1<<8) != 0 {
		s = s[9:]
	}
	if flags&(1<<9) != 0 {
		s = s[10:]
	}
	if flags&(1<<10) != 0 {
		s = s[11:]
	}
	if flags&(1<<11) != 0 {
		s = s[12:]
	}
	if flags&(1<<12) != 0 {
		s = s[13:]
	}
	if flags&(1<<13) != 0 {
		s = s[14:]
	}
	if flags&(1<<14) != 0 {
		s = s[15:]
	}
	if flags&(1<<15) != 0 {
		s = s[16:]
	}
	if flags&(1<<16) != 0 {
		s = s[17:]
	}
	if flags&(1<<17) != 0 {
		s = s[18:]
	}
	if flags&(1<<18) != 0 {
		s = s[19:]
	}
	if flags&(1<<19) != 0 {
		s = s[20:]
	}
	if flags&(1<<20) != 0 {
		s = s[21:]
	}
	if flags&(1<<21) != 0 {
		s = s[22:]
	}
	if flags&(1<<22) != 0 {
		s = s[23:]
	}
	if flags&(1<<23) != 0 {
		s = s[24:]
	}
	return s
}

func manyPaths(flags uint32) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString([]byte(skip("many-paths-key-of-a-length-over-300-bytes-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", flags))) // want `^hard-coded key passed to`
}
