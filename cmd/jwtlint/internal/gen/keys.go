package gen

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Kind is the family of a JWT signing algorithm, which decides the key type.
type Kind int

// The algorithm families of RFC 7518 and RFC 8037.
const (
	HMAC  Kind = iota // HS256, HS384, HS512: a shared secret
	RSA               // RS256, RS384, RS512: RSASSA-PKCS1-v1_5
	PSS               // PS256, PS384, PS512: RSASSA-PSS
	ECDSA             // ES256, ES384, ES512
	EdDSA             // EdDSA with Ed25519
)

// Algorithm is a JWT signing algorithm and the key size it needs.
type Algorithm struct {
	Name string // "HS256", as in the JWT header's "alg"
	Kind Kind
	// MinBits is the smallest key the algorithm may use: the hash size for
	// HMAC (RFC 7518 §3.2), 2048 for RSA (§3.3), the curve size for ECDSA
	// and Ed25519.
	MinBits int
	// DefaultBits is the size "jwtlint gen" generates: MinBits, except 3072
	// for RSA (NIST SP 800-57's size for 128-bit security).
	DefaultBits int
	// Curve is the ECDSA curve, for ECDSA only.
	Curve elliptic.Curve
}

// Symmetric reports whether the algorithm uses a shared secret.
func (a Algorithm) Symmetric() bool { return a.Kind == HMAC }

// FixedSize reports whether the key size follows from the algorithm alone.
func (a Algorithm) FixedSize() bool { return a.Kind == ECDSA || a.Kind == EdDSA }

// MaxHMACBits and MaxRSABits bound --bits: longer HMAC keys are hashed down to the hash size
// anyway, and RSA keys this large take minutes to generate.
const (
	MaxHMACBits = 8192
	MaxRSABits  = 16384
)

// algorithms is built on first use: the curves' parameters need not be set
// up by every start of jwtlint (under go vet, one a package).
var algorithms = sync.OnceValue(func() []Algorithm {
	return []Algorithm{
		{Name: "HS256", Kind: HMAC, MinBits: 256, DefaultBits: 256},
		{Name: "HS384", Kind: HMAC, MinBits: 384, DefaultBits: 384},
		{Name: "HS512", Kind: HMAC, MinBits: 512, DefaultBits: 512},
		{Name: "RS256", Kind: RSA, MinBits: 2048, DefaultBits: 3072},
		{Name: "RS384", Kind: RSA, MinBits: 2048, DefaultBits: 3072},
		{Name: "RS512", Kind: RSA, MinBits: 2048, DefaultBits: 3072},
		{Name: "PS256", Kind: PSS, MinBits: 2048, DefaultBits: 3072},
		{Name: "PS384", Kind: PSS, MinBits: 2048, DefaultBits: 3072},
		{Name: "PS512", Kind: PSS, MinBits: 2048, DefaultBits: 3072},
		{Name: "ES256", Kind: ECDSA, MinBits: 256, DefaultBits: 256, Curve: elliptic.P256()},
		{Name: "ES384", Kind: ECDSA, MinBits: 384, DefaultBits: 384, Curve: elliptic.P384()},
		{Name: "ES512", Kind: ECDSA, MinBits: 521, DefaultBits: 521, Curve: elliptic.P521()},
		{Name: "EdDSA", Kind: EdDSA, MinBits: 256, DefaultBits: 256},
	}
})

// Algorithms returns every algorithm "jwtlint gen" knows, in the order of
// RFC 7518 (HMAC, RSA, PSS, ECDSA) then EdDSA.
func Algorithms() []Algorithm { return append([]Algorithm(nil), algorithms()...) }

// AlgorithmNames returns the names of Algorithms, separated by "|".
func AlgorithmNames() string {
	names := make([]string, len(algorithms()))
	for i, a := range algorithms() {
		names[i] = a.Name
	}
	return strings.Join(names, "|")
}

// Lookup returns the algorithm named name, ignoring case ("hs256" is
// HS256); "Ed25519" is accepted for EdDSA.
func Lookup(name string) (Algorithm, bool) {
	if strings.EqualFold(name, "Ed25519") {
		name = "EdDSA"
	}
	for _, a := range algorithms() {
		if strings.EqualFold(a.Name, name) {
			return a, true
		}
	}
	return Algorithm{}, false
}

// CheckBits returns the key size to generate for alg: bits, or the
// algorithm's default when bits is 0. It refuses sizes below what the
// algorithm needs, sizes that are not whole bytes for HMAC, unreasonable
// sizes, and any other size for algorithms of fixed size.
func CheckBits(alg Algorithm, bits int) (int, error) {
	if bits == 0 {
		return alg.DefaultBits, nil
	}
	switch {
	case alg.FixedSize():
		if bits != alg.MinBits {
			return 0, fmt.Errorf("%s keys are %d bits; --bits cannot change that", alg.Name, alg.MinBits)
		}
	case bits < alg.MinBits:
		return 0, fmt.Errorf("--bits %d is too small: %s needs at least %d bits", bits, alg.Name, alg.MinBits)
	case alg.Kind == HMAC && bits%8 != 0:
		return 0, fmt.Errorf("--bits %d is not a whole number of bytes", bits)
	case alg.Kind == HMAC && bits > MaxHMACBits:
		return 0, fmt.Errorf("--bits %d is more than %d: longer HMAC keys are hashed down to %d bits anyway", bits, MaxHMACBits, alg.MinBits)
	case (alg.Kind == RSA || alg.Kind == PSS) && bits > MaxRSABits:
		return 0, fmt.Errorf("--bits %d is more than %d", bits, MaxRSABits)
	}
	return bits, nil
}

// Secret returns a secret of bits/8 bytes read from random, which is
// crypto/rand.Reader in production; tests inject their own reader. A short
// read is an error: there is no fallback source.
func Secret(random io.Reader, bits int) ([]byte, error) {
	if bits <= 0 || bits%8 != 0 {
		return nil, fmt.Errorf("secret size %d is not a positive whole number of bytes", bits)
	}
	b := make([]byte, bits/8)
	if _, err := io.ReadFull(random, b); err != nil {
		return nil, fmt.Errorf("reading random bytes: %w", err)
	}
	return b, nil
}

// Format is how a secret is written out.
type Format string

// The formats of "jwtlint gen --format".
const (
	Hex       Format = "hex"       // lower-case hexadecimal: 2 characters a byte
	Base64    Format = "base64"    // standard base64 with padding (RFC 4648 §4)
	Base64URL Format = "base64url" // URL-safe base64 without padding (RFC 4648 §5), as JWTs use
	Raw       Format = "raw"       // the bytes themselves
)

// Formats lists the formats, separated by "|".
const Formats = "hex|base64|base64url|raw"

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(s)); f {
	case Hex, Base64, Base64URL, Raw:
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (want %s)", s, Formats)
}

// Encode writes secret in format f.
func Encode(secret []byte, f Format) string {
	switch f {
	case Base64:
		return base64.StdEncoding.EncodeToString(secret)
	case Base64URL:
		return base64.RawURLEncoding.EncodeToString(secret)
	case Raw:
		return string(secret)
	default:
		return hex.EncodeToString(secret)
	}
}

// KeyPair generates a private key for an asymmetric algorithm with the given
// size (RSA only; see CheckBits). random is passed to the standard library;
// since Go 1.26 crypto/rsa and crypto/ecdsa ignore it and always use the
// system's secure generator, and crypto/ed25519 reads its 32-byte seed from
// it.
func KeyPair(random io.Reader, alg Algorithm, bits int) (crypto.Signer, error) {
	switch alg.Kind {
	case RSA, PSS:
		k, err := rsa.GenerateKey(random, bits)
		if err != nil {
			return nil, fmt.Errorf("generating %d-bit RSA key: %w", bits, err)
		}
		return k, nil
	case ECDSA:
		k, err := ecdsa.GenerateKey(alg.Curve, random)
		if err != nil {
			return nil, fmt.Errorf("generating %s key: %w", alg.Name, err)
		}
		return k, nil
	case EdDSA:
		_, k, err := ed25519.GenerateKey(random)
		if err != nil {
			return nil, fmt.Errorf("generating Ed25519 key: %w", err)
		}
		return k, nil
	}
	return nil, fmt.Errorf("%s is not an asymmetric algorithm", alg.Name)
}

// PEM encodes key as a PKCS #8 "PRIVATE KEY" block and its public key as a
// PKIX "PUBLIC KEY" block, the forms every JWT library reads.
func PEM(key crypto.Signer) (private, public []byte, err error) {
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, nil, fmt.Errorf("encoding private key: %w", err)
	}
	pubDER, err := x509.MarshalPKIXPublicKey(key.Public())
	if err != nil {
		return nil, nil, fmt.Errorf("encoding public key: %w", err)
	}
	private = pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
	public = pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: pubDER})
	return private, public, nil
}
