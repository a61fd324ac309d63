package hardcoded // want package:"jwtlint.config" package:"jwtlint.pkg"

import (
	"flag"
	"os"

	"example.com/keys"
	"github.com/golang-jwt/jwt/v5"
)

const signingKey = "const-signing-key" // the key is written here

var globalKey = []byte("package-level-key")

var claims = jwt.MapClaims{"sub": "u1"}

func direct() {
	tok := jwt.NewWithClaims(jwt.SigningMethodHS256, claims)
	tok.SignedString([]byte("literal-secret")) // want `hard-coded 14-byte key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens, and at 14 bytes it is too short for HS256 \(RFC 7518 requires at least 32 bytes\); load it from the environment or a secret manager \(new key: .jwtlint gen --alg HS256.\)`
}

func viaConst() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(signingKey)) // want `hard-coded 17-byte key passed to \(\*jwt.Token\).SignedString`
}

func viaGlobal() {
	jwt.New(jwt.SigningMethodHS256).SignedString(globalKey) // want `hard-coded 17-byte key passed to \(\*jwt.Token\).SignedString`
}

func wellKnown() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("your-256-bit-secret")) // want `well-known sample secret passed to \(\*jwt.Token\).SignedString: attackers try it first and can forge any token`
}

func envFallback() {
	secret := os.Getenv("JWT_SECRET")
	if secret == "" {
		secret = "qa-env-key"
	}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secret)) // want `key passed to \(\*jwt.Token\).SignedString falls back to a hard-coded 10-byte key`
}

type config struct {
	Secret string
	Port   int
}

func structDefault() {
	cfg := config{Secret: "struct-default", Port: 8080}
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(cfg.Secret)) // want `hard-coded 14-byte key passed to`
}

func secretHelper() string { return "helper-in-package" }

func sameHelper() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(secretHelper())) // want `hard-coded 17-byte key from hardcoded.secretHelper passed to`
}

func otherPackage() {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.Secret()))                   // want `hard-coded 19-byte key from keys.Secret \(keys.go:11\) passed to`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.Default))                    // want `hard-coded 21-byte key \(keys.go:8\) passed to`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.DefaultConfig.Secret))       // want `hard-coded 21-byte key \(keys.go:30\) passed to`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.Getenv("JWT_SECRET", "x1"))) // want `falls back to a hard-coded 2-byte key`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.FromEnv()))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(keys.Getenv("JWT_SECRET", "")))
}

func sign(key []byte) (string, error) {
	return jwt.New(jwt.SigningMethodHS256).SignedString(key)
}

func wrapper() {
	sign([]byte("through-wrapper")) // want `hard-coded 15-byte key passed to \(\*jwt.Token\).SignedString through hardcoded.sign \(hardcoded.go:\d+\)`
	sign([]byte(os.Getenv("K")))
}

func keyfuncs(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return []byte("closure-key"), nil // want `keyfunc of jwt.Parse returns a hard-coded 11-byte key: anyone who can read the source can forge tokens it accepts`
	})
	jwt.Parse(s, namedKeyfunc)
	jwt.ParseWithClaims(s, jwt.MapClaims{}, func(t *jwt.Token) (any, error) {
		return []byte(os.Getenv("K")), nil
	})
}

func namedKeyfunc(t *jwt.Token) (any, error) {
	return globalKey, nil // want `keyfunc of jwt.Parse returns a hard-coded 17-byte key`
}

const rsaPEM = `-----BEGIN RSA PRIVATE KEY-----
MIIBOgIBAAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf9Cnzj4p4WGeKLs1Pt8Qu
-----END RSA PRIVATE KEY-----`

const rsaPublicPEM = `-----BEGIN PUBLIC KEY-----
MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAKj34GkxFhD90vcNLYLInFEX6Ppy1tPf
-----END PUBLIC KEY-----`

func privateKey() {
	k, _ := jwt.ParseRSAPrivateKeyFromPEM([]byte(rsaPEM))
	jwt.New(jwt.SigningMethodRS256).SignedString(k) // want `hard-coded private key passed to \(\*jwt.Token\).SignedString: anyone who can read the source can forge tokens; load it from a file or secret manager`
}

func publicKey(s string) {
	jwt.Parse(s, func(t *jwt.Token) (any, error) {
		return jwt.ParseRSAPublicKeyFromPEM([]byte(rsaPublicPEM))
	})
}

var keyFlag = flag.String("key", "", "signing key")

func safe(param []byte) {
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("JWT_SECRET")))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(*keyFlag))
	b, _ := os.ReadFile("/run/secrets/jwt")
	jwt.New(jwt.SigningMethodHS256).SignedString(b)
	jwt.New(jwt.SigningMethodHS256).SignedString(param)
}

func suppressed() {
	//jwtlint:ignore hardcoded-key -- fixture for the local demo server, never deployed
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("lab-fixture"))
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("lab-fixture")) //jwtlint:ignore hardcoded-key -- same line works too
	//jwtlint:ignore hardcoded-key // want `jwtlint:ignore directive needs a reason after ".{2}": say why this finding is safe`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte("lab-fixture")) // want `hard-coded 11-byte key`
	//jwtlint:ignore hardcoded-key -- nothing here // want `jwtlint:ignore directive suppresses nothing: remove it`
	jwt.New(jwt.SigningMethodHS256).SignedString([]byte(os.Getenv("K")))
	//jwtlint:ignore no-such-rule -- typo // want `jwtlint:ignore directive names an unknown rule`
	_ = 0
}
