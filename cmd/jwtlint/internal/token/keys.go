package token

import (
	"bytes"
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/hex"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/gen"
	"github.com/jwtlint/jwtlint/internal/weak"
)

// keySource is where a key comes from: an environment variable or a file
// ("-" for standard input). Keys are never command-line literals, which
// would end up in shell history and in every process listing.
type keySource struct {
	env  string // variable name, or ""
	file string // path, "-" or ""
}

// String names the source for messages; it never includes the key.
func (s keySource) String() string {
	if s.env != "" {
		return "$" + s.env
	}
	if s.file == "-" {
		return "standard input"
	}
	return s.file
}

// keySources collects repeated --key-env and --key-file flags in order.
type keySources []keySource

type keyFlag struct {
	list *keySources
	env  bool
}

func (f keyFlag) String() string { return "" }

func (f keyFlag) Set(v string) error {
	if v == "" {
		return errors.New("empty")
	}
	if f.env {
		*f.list = append(*f.list, keySource{env: v})
	} else {
		*f.list = append(*f.list, keySource{file: v})
	}
	return nil
}

// key is a loaded key: an HMAC secret ([]byte), or a public or private key.
type key struct {
	source keySource
	// material is []byte for HMAC; *rsa.PublicKey, *ecdsa.PublicKey or
	// ed25519.PublicKey to verify; *rsa.PrivateKey, *ecdsa.PrivateKey or
	// ed25519.PrivateKey to sign.
	material any
	// decoded reports that an HMAC secret was decoded from hex or base64,
	// so its bytes are not text and the text judge does not apply.
	decoded bool
}

// read returns the bytes of a key source. A file's (or standard input's)
// final line ending is dropped, so "jwtlint gen > secret" round-trips;
// an environment variable is used exactly.
func (s keySource) read(e env) ([]byte, error) {
	if s.env != "" {
		v, ok := e.lookupEnv(s.env)
		if !ok {
			return nil, fmt.Errorf("environment variable %s is not set", s.env)
		}
		if v == "" {
			return nil, fmt.Errorf("environment variable %s is empty", s.env)
		}
		return []byte(v), nil
	}
	var data []byte
	var err error
	if s.file == "-" {
		data, err = io.ReadAll(e.stdin)
	} else {
		data, err = os.ReadFile(s.file)
	}
	if err != nil {
		return nil, fmt.Errorf("reading key from %s: %w", s, err)
	}
	data = bytes.TrimSuffix(data, []byte("\n"))
	data = bytes.TrimSuffix(data, []byte("\r"))
	if len(data) == 0 {
		return nil, fmt.Errorf("key from %s is empty", s)
	}
	return data, nil
}

// decodeSecret decodes an HMAC secret written in encoding ("raw": the text
// itself, which is what []byte(os.Getenv("JWT_SECRET")) gives applications).
func decodeSecret(data []byte, encoding string, src keySource) ([]byte, error) {
	var out []byte
	var err error
	s := strings.TrimSpace(string(data))
	switch encoding {
	case "", "raw":
		return data, nil
	case "hex":
		out, err = hex.DecodeString(s)
	case "base64":
		out, err = base64.StdEncoding.DecodeString(s)
	case "base64url":
		out, err = base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	default:
		return nil, fmt.Errorf("unknown --key-encoding %q (want raw|hex|base64|base64url)", encoding)
	}
	if err != nil {
		// The decoder's error quotes the offending byte's position only.
		return nil, fmt.Errorf("key from %s is not valid %s: %w", src, encoding, err)
	}
	return out, nil
}

// isPEM reports whether data holds a PEM block.
func isPEM(data []byte) bool { return bytes.Contains(data, []byte("-----BEGIN ")) }

// parsePEMKey returns the first key in PEM data: a private key (PKCS #8,
// PKCS #1, SEC 1), a public key (PKIX, PKCS #1) or a certificate's key.
// With wantPrivate, only a private key is accepted.
func parsePEMKey(data []byte, src keySource, wantPrivate bool) (any, error) {
	for rest := data; ; {
		var b *pem.Block
		b, rest = pem.Decode(rest)
		if b == nil {
			break
		}
		if _, ok := b.Headers["Proc-Type"]; ok || b.Type == "ENCRYPTED PRIVATE KEY" {
			return nil, fmt.Errorf("the key in %s is encrypted: decrypt it first (openssl pkey -in FILE)", src)
		}
		var k any
		var err error
		switch b.Type {
		case "PRIVATE KEY":
			k, err = x509.ParsePKCS8PrivateKey(b.Bytes)
		case "RSA PRIVATE KEY":
			k, err = x509.ParsePKCS1PrivateKey(b.Bytes)
		case "EC PRIVATE KEY":
			k, err = x509.ParseECPrivateKey(b.Bytes)
		case "PUBLIC KEY":
			k, err = x509.ParsePKIXPublicKey(b.Bytes)
		case "RSA PUBLIC KEY":
			k, err = x509.ParsePKCS1PublicKey(b.Bytes)
		case "CERTIFICATE":
			var c *x509.Certificate
			if c, err = x509.ParseCertificate(b.Bytes); err == nil {
				k = c.PublicKey
			}
		default:
			continue // EC PARAMETERS and the like
		}
		if err != nil {
			return nil, fmt.Errorf("parsing %s in %s: %w", b.Type, src, err)
		}
		if _, ok := k.(crypto.Signer); wantPrivate && !ok {
			return nil, fmt.Errorf("%s holds a public key; signing needs the private key", src)
		}
		return k, nil
	}
	return nil, fmt.Errorf("%s holds no PEM key", src)
}

// publicKey returns the public half of k, or k if it is public already.
func publicKey(k any) any {
	if s, ok := k.(crypto.Signer); ok {
		return s.Public()
	}
	return k
}

// family returns the algorithms a key can be used with: for an HMAC secret
// HS256/384/512, for RSA RS* and PS*, for ECDSA the one algorithm of its
// curve, for Ed25519 EdDSA.
func family(material any) ([]string, error) {
	switch k := publicKey(material).(type) {
	case []byte:
		return []string{"HS256", "HS384", "HS512"}, nil
	case *rsa.PublicKey:
		return []string{"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}, nil
	case *ecdsa.PublicKey:
		switch k.Curve.Params().BitSize {
		case 256:
			return []string{"ES256"}, nil
		case 384:
			return []string{"ES384"}, nil
		case 521:
			return []string{"ES512"}, nil
		}
		return nil, fmt.Errorf("ECDSA curve %s has no JWT algorithm", k.Curve.Params().Name)
	case ed25519.PublicKey:
		return []string{"EdDSA"}, nil
	}
	return nil, fmt.Errorf("%T keys have no JWT algorithm", material)
}

// kindName describes a key's type for messages.
func kindName(material any) string {
	switch publicKey(material).(type) {
	case []byte:
		return "an HMAC secret"
	case *rsa.PublicKey:
		return "an RSA key"
	case *ecdsa.PublicKey:
		return "an ECDSA key"
	case ed25519.PublicKey:
		return "an Ed25519 key"
	}
	return fmt.Sprintf("a %T", material)
}

// loadKey reads and parses a key for signing (wantPrivate) or verifying.
func loadKey(e env, src keySource, encoding string, wantPrivate bool) (key, error) {
	data, err := src.read(e)
	if err != nil {
		return key{}, err
	}
	if isPEM(data) {
		if encoding != "" && encoding != "raw" {
			return key{}, fmt.Errorf("--key-encoding is for HMAC secrets, and %s holds a PEM key", src)
		}
		k, err := parsePEMKey(data, src, wantPrivate)
		if err != nil {
			return key{}, err
		}
		if !wantPrivate {
			k = publicKey(k)
		}
		return key{source: src, material: k}, nil
	}
	secret, err := decodeSecret(data, encoding, src)
	if err != nil {
		return key{}, err
	}
	return key{source: src, material: secret, decoded: encoding != "" && encoding != "raw"}, nil
}

// weakness describes why k is too weak for alg, or returns "". The HMAC
// rule is RFC 7518 §3.2 (a key at least as long as the hash), RSA's §3.3
// (2048 bits).
func weakness(k key, alg string) string {
	a, ok := gen.Lookup(alg)
	if !ok {
		return ""
	}
	switch m := publicKey(k.material).(type) {
	case []byte:
		if len(m)*8 < a.MinBits {
			return fmt.Sprintf("HMAC key for %s from %s is %d bytes; RFC 7518 requires at least %d: generate one with `jwtlint gen --alg %s`",
				alg, k.source, len(m), a.MinBits/8, alg)
		}
		if v := (weak.Judge{}).Check(string(m)); !k.decoded && v.Weak() {
			return fmt.Sprintf("HMAC key from %s is guessable (%s): generate one with `jwtlint gen --alg %s`", k.source, v.Reason, alg)
		}
	case *rsa.PublicKey:
		if n := m.N.BitLen(); n < a.MinBits {
			return fmt.Sprintf("RSA key for %s from %s is %d bits; RFC 7518 requires at least %d: generate one with `jwtlint gen --alg %s --out PREFIX`",
				alg, k.source, n, a.MinBits, alg)
		}
	}
	return ""
}
