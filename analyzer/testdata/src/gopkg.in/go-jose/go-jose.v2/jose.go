// Package jose is a stub of gopkg.in/go-jose/go-jose.v2 for jwtlint's tests.
package jose

type KeyAlgorithm string

type SignatureAlgorithm string

type ContentEncryption string

type ContentType string

type HeaderKey string

type CompressionAlgorithm string

const (
	NONE    = CompressionAlgorithm("")
	DEFLATE = CompressionAlgorithm("DEF")
)

const (
	EdDSA = SignatureAlgorithm("EdDSA")
	HS256 = SignatureAlgorithm("HS256")
	HS384 = SignatureAlgorithm("HS384")
	HS512 = SignatureAlgorithm("HS512")
	RS256 = SignatureAlgorithm("RS256")
	RS384 = SignatureAlgorithm("RS384")
	RS512 = SignatureAlgorithm("RS512")
	ES256 = SignatureAlgorithm("ES256")
	ES384 = SignatureAlgorithm("ES384")
	ES512 = SignatureAlgorithm("ES512")
	PS256 = SignatureAlgorithm("PS256")
	PS384 = SignatureAlgorithm("PS384")
	PS512 = SignatureAlgorithm("PS512")
)

const (
	ED25519            = KeyAlgorithm("ED25519")
	RSA_OAEP           = KeyAlgorithm("RSA-OAEP")
	RSA_OAEP_256       = KeyAlgorithm("RSA-OAEP-256")
	A128KW             = KeyAlgorithm("A128KW")
	A256KW             = KeyAlgorithm("A256KW")
	DIRECT             = KeyAlgorithm("dir")
	PBES2_HS256_A128KW = KeyAlgorithm("PBES2-HS256+A128KW")
)

const (
	A128GCM       = ContentEncryption("A128GCM")
	A256GCM       = ContentEncryption("A256GCM")
	A128CBC_HS256 = ContentEncryption("A128CBC-HS256")
)

type NonceSource interface {
	Nonce() (string, error)
}

type JSONWebKey struct {
	Key       interface{}
	KeyID     string
	Algorithm string
	Use       string
}

type Header struct {
	KeyID        string
	JSONWebKey   *JSONWebKey
	Algorithm    string
	Nonce        string
	ExtraHeaders map[HeaderKey]interface{}
}

type SigningKey struct {
	Algorithm SignatureAlgorithm
	Key       interface{}
}

type Recipient struct {
	Algorithm  KeyAlgorithm
	Key        interface{}
	KeyID      string
	PBES2Count int
	PBES2Salt  []byte
}

type SignerOptions struct {
	NonceSource  NonceSource
	EmbedJWK     bool
	ExtraHeaders map[HeaderKey]interface{}
}

func (so *SignerOptions) WithType(typ ContentType) *SignerOptions { return so }

type Signer interface {
	Sign(payload []byte) (*JSONWebSignature, error)
	Options() SignerOptions
}

func NewSigner(sig SigningKey, opts *SignerOptions) (Signer, error) { return nil, nil }

type EncrypterOptions struct {
	Compression  CompressionAlgorithm
	ExtraHeaders map[HeaderKey]interface{}
}

type Encrypter interface {
	Encrypt(plaintext []byte) (*JSONWebEncryption, error)
	Options() EncrypterOptions
}

func NewEncrypter(enc ContentEncryption, rcpt Recipient, opts *EncrypterOptions) (Encrypter, error) {
	return nil, nil
}

type Signature struct {
	Header      Header
	Protected   Header
	Unprotected Header
	Signature   []byte
}

type JSONWebSignature struct {
	payload    []byte
	Signatures []Signature
}

func (obj JSONWebSignature) Verify(verificationKey interface{}) ([]byte, error) { return nil, nil }

func (obj JSONWebSignature) DetachedVerify(payload []byte, verificationKey interface{}) error {
	return nil
}

func (obj JSONWebSignature) VerifyMulti(verificationKey interface{}) (int, Signature, []byte, error) {
	return 0, Signature{}, nil, nil
}

func (obj JSONWebSignature) DetachedVerifyMulti(payload []byte, verificationKey interface{}) (int, Signature, error) {
	return 0, Signature{}, nil
}

func (obj JSONWebSignature) UnsafePayloadWithoutVerification() []byte { return obj.payload }

func (obj JSONWebSignature) CompactSerialize() (string, error) { return "", nil }

type JSONWebEncryption struct {
	Header Header
}

func (obj JSONWebEncryption) Decrypt(decryptionKey interface{}) ([]byte, error) { return nil, nil }

func (obj JSONWebEncryption) CompactSerialize() (string, error) { return "", nil }

func ParseSigned(signature string) (*JSONWebSignature, error) { return nil, nil }

func ParseEncrypted(input string) (*JSONWebEncryption, error) { return nil, nil }
