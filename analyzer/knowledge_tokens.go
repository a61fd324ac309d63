package analyzer

// This file is the table of where tokens come from, for unverified-parse:
// "whose token is this?". A token that is (or can be) input the program
// receives is the attacker's: its claims are whatever the sender wrote. A
// token the program signed, fetched from a server it called, or keeps in its
// own credential store is its own: reading its claims without verifying them
// decides nothing an attacker controls. The rules read these rows through
// tokenorigin.go; no rule spells a package path.
//
// A row names a function or method (types.Func.FullName form), a struct
// field ("path.Type.Field"), or a whole named type ("path.Type"): then every
// method's result and every field of that type has the row's role.

// Roles of the token table, numbered apart from the other blocks.
const (
	// TokenInput is input the program receives from others: a request's
	// header, cookie, query or body, a framework's request context,
	// incoming RPC metadata, a queue message.
	TokenInput Role = iota + 120
	// TokenOwn is the program's own: a response to a request it made, its
	// own credential store, its configuration.
	TokenOwn
	// TokenPass returns what it was given, transformed (trimmed, split,
	// decoded, read): its result comes from its arguments and receiver.
	TokenPass
	// TokenRead only reads the values it is given (an encoder, a
	// printer): a struct handed to it by address is not written, so its
	// fields keep what the package stores in them.
	TokenRead
	// TokenFetched is the program's own, as TokenOwn, and says more: the
	// package that uses it fetches or keeps tokens for itself (an HTTP
	// client's response, an OAuth2 token, a credential store under the
	// user's home or in the keyring). Such a package is a token client:
	// the tokens its exported functions are given are judged at their
	// calls (unverifiedparams.go).
	TokenFetched
)

// tokenRows are the token sources; they are no JWT libraries (supportRows).
// The results of a JWT library's signing calls (rows with a SignKey
// parameter) are the program's own tokens too, without rows here.
var tokenRows = []API{
	// Input: net/http servers. A request's Header, URL, Body, Form and
	// cookies; the methods that read them.
	{Name: "net/http.Request", Role: TokenInput, Lib: "net/http"},
	// Input: web frameworks' request contexts (every method and field).
	{Name: "github.com/gin-gonic/gin.Context", Role: TokenInput, Lib: "gin"},
	{Name: "github.com/labstack/echo/v4.Context", Role: TokenInput, Lib: "echo"},
	{Name: "github.com/labstack/echo.Context", Role: TokenInput, Lib: "echo"},
	{Name: "github.com/labstack/echo/v5.Context", Role: TokenInput, Lib: "echo"},
	{Name: "github.com/gofiber/fiber/v2.Ctx", Role: TokenInput, Lib: "fiber"},
	{Name: "github.com/gofiber/fiber/v3.Ctx", Role: TokenInput, Lib: "fiber"},
	{Name: "github.com/valyala/fasthttp.RequestCtx", Role: TokenInput, Lib: "fasthttp"},
	{Name: "github.com/valyala/fasthttp.RequestHeader", Role: TokenInput, Lib: "fasthttp"},
	{Name: "github.com/cloudwego/hertz/pkg/app.RequestContext", Role: TokenInput, Lib: "hertz"},
	{Name: "github.com/kataras/iris/v12.Context", Role: TokenInput, Lib: "iris"},
	{Name: "github.com/kataras/iris/v12/context.Context", Role: TokenInput, Lib: "iris"},
	{Name: "github.com/go-chi/chi/v5.URLParam", Role: TokenInput, Lib: "chi"},
	{Name: "github.com/go-chi/chi.URLParam", Role: TokenInput, Lib: "chi"},
	{Name: "github.com/gorilla/mux.Vars", Role: TokenInput, Lib: "gorilla/mux"},
	// Input: gRPC metadata of an incoming call.
	{Name: "google.golang.org/grpc/metadata.FromIncomingContext", Role: TokenInput, Lib: "grpc"},
	{Name: "google.golang.org/grpc/metadata.ValueFromIncomingContext", Role: TokenInput, Lib: "grpc"},
	// Input: messages of queue clients.
	{Name: "github.com/segmentio/kafka-go.Message", Role: TokenInput, Lib: "kafka-go"},
	{Name: "github.com/IBM/sarama.ConsumerMessage", Role: TokenInput, Lib: "sarama"},
	{Name: "github.com/Shopify/sarama.ConsumerMessage", Role: TokenInput, Lib: "sarama"},
	{Name: "github.com/rabbitmq/amqp091-go.Delivery", Role: TokenInput, Lib: "amqp091-go"},
	{Name: "github.com/streadway/amqp.Delivery", Role: TokenInput, Lib: "amqp"},
	{Name: "github.com/nats-io/nats.go.Msg", Role: TokenInput, Lib: "nats"},
	{Name: "github.com/aws/aws-sdk-go-v2/service/sqs/types.Message", Role: TokenInput, Lib: "aws-sdk-go-v2/sqs"},

	// Own: the response to a request the program made (an HTTP client's
	// response: a token endpoint's, an API's).
	{Name: "net/http.Response", Role: TokenFetched, Lib: "net/http"},
	{Name: "github.com/go-resty/resty/v2.Response", Role: TokenFetched, Lib: "resty"},
	// Own: an OAuth2 client's tokens, received from the authorization
	// server's token endpoint (OpenID Connect Core 3.1.3.7 lets a client
	// trust an ID token received there through TLS; apache/pulsar-client-go).
	{Name: "golang.org/x/oauth2.Token", Role: TokenFetched, Lib: "golang.org/x/oauth2"},
	// Own: the program's credential store and configuration: files under
	// the user's home, configuration or cache directory (a command-line
	// tool's login token), the system keyring, the environment.
	{Name: "os.UserHomeDir", Role: TokenFetched, Lib: "os"},
	{Name: "os.UserConfigDir", Role: TokenFetched, Lib: "os"},
	{Name: "os.UserCacheDir", Role: TokenFetched, Lib: "os"},
	// A local file is the program's own state whatever its path: a cached
	// login token, a mounted service-account token.
	{Name: "os.ReadFile", Role: TokenOwn, Lib: "os"},
	{Name: "os.Open", Role: TokenOwn, Lib: "os"},
	{Name: "os.OpenFile", Role: TokenOwn, Lib: "os"},
	{Name: "io/ioutil.ReadFile", Role: TokenOwn, Lib: "io/ioutil"},
	{Name: "github.com/mitchellh/go-homedir.Dir", Role: TokenFetched, Lib: "go-homedir"},
	{Name: "github.com/mitchellh/go-homedir.Expand", Role: TokenFetched, Lib: "go-homedir"},
	{Name: "os.Getenv", Role: TokenOwn, Lib: "os"},
	{Name: "os.LookupEnv", Role: TokenOwn, Lib: "os"},
	// Own: command-line flags, set by whoever runs the program (a
	// command-line tool's user giving it their own token: armory-cli's
	// --authToken, a pflag of its cobra root command).
	{Name: "flag.String", Role: TokenOwn, Lib: "flag"},
	{Name: "flag.StringVar", Role: TokenOwn, Lib: "flag"},
	{Name: "(*flag.FlagSet).String", Role: TokenOwn, Lib: "flag"},
	{Name: "(*flag.FlagSet).StringVar", Role: TokenOwn, Lib: "flag"},
	{Name: "github.com/spf13/pflag.String", Role: TokenOwn, Lib: "pflag"},
	{Name: "github.com/spf13/pflag.StringP", Role: TokenOwn, Lib: "pflag"},
	{Name: "github.com/spf13/pflag.StringVar", Role: TokenOwn, Lib: "pflag"},
	{Name: "github.com/spf13/pflag.StringVarP", Role: TokenOwn, Lib: "pflag"},
	{Name: "(*github.com/spf13/pflag.FlagSet).String", Role: TokenOwn, Lib: "pflag"},
	{Name: "(*github.com/spf13/pflag.FlagSet).StringP", Role: TokenOwn, Lib: "pflag"},
	{Name: "(*github.com/spf13/pflag.FlagSet).StringVar", Role: TokenOwn, Lib: "pflag"},
	{Name: "(*github.com/spf13/pflag.FlagSet).StringVarP", Role: TokenOwn, Lib: "pflag"},
	{Name: "(*github.com/spf13/pflag.FlagSet).GetString", Role: TokenOwn, Lib: "pflag"},
	{Name: "github.com/zalando/go-keyring.Get", Role: TokenFetched, Lib: "go-keyring"},
	{Name: "(github.com/99designs/keyring.Keyring).Get", Role: TokenFetched, Lib: "99designs/keyring"},

	// Own: the tokens an OAuth2 provider mints for its clients with
	// ory/fosite's strategies (the interfaces a provider holds them as,
	// and the JWT implementations): the program signed them. pocket-id's
	// client preview reads back the claims of the ID and access tokens it
	// has just minted (sweep 6). Every result, signature included, is own.
	{Name: "(github.com/ory/fosite/handler/openid.OpenIDConnectTokenStrategy).GenerateIDToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(github.com/ory/fosite/handler/openid.DefaultStrategy).GenerateIDToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(github.com/ory/fosite/handler/oauth2.AccessTokenStrategy).GenerateAccessToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(github.com/ory/fosite/handler/oauth2.RefreshTokenStrategy).GenerateRefreshToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(github.com/ory/fosite/handler/oauth2.AuthorizeCodeStrategy).GenerateAuthorizeCode", Role: TokenOwn, Lib: "fosite"},
	{Name: "(*github.com/ory/fosite/handler/oauth2.DefaultJWTStrategy).GenerateAccessToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(*github.com/ory/fosite/handler/oauth2.DefaultJWTStrategy).GenerateRefreshToken", Role: TokenOwn, Lib: "fosite"},
	{Name: "(*github.com/ory/fosite/handler/oauth2.DefaultJWTStrategy).GenerateAuthorizeCode", Role: TokenOwn, Lib: "fosite"},
	{Name: "(github.com/ory/fosite/token/jwt.Signer).Generate", Role: TokenOwn, Lib: "fosite"},
	{Name: "(*github.com/ory/fosite/token/jwt.DefaultSigner).Generate", Role: TokenOwn, Lib: "fosite"},

	// Pass: transformations of what they are given.
	{Name: "strings.TrimPrefix", Role: TokenPass, Lib: "strings"},
	{Name: "strings.TrimSuffix", Role: TokenPass, Lib: "strings"},
	{Name: "strings.TrimSpace", Role: TokenPass, Lib: "strings"},
	{Name: "strings.Trim", Role: TokenPass, Lib: "strings"},
	{Name: "strings.TrimLeft", Role: TokenPass, Lib: "strings"},
	{Name: "strings.TrimRight", Role: TokenPass, Lib: "strings"},
	{Name: "strings.Split", Role: TokenPass, Lib: "strings"},
	{Name: "strings.SplitN", Role: TokenPass, Lib: "strings"},
	{Name: "strings.Fields", Role: TokenPass, Lib: "strings"},
	{Name: "strings.Cut", Role: TokenPass, Lib: "strings"},
	{Name: "strings.CutPrefix", Role: TokenPass, Lib: "strings"},
	{Name: "strings.ReplaceAll", Role: TokenPass, Lib: "strings"},
	{Name: "strings.Join", Role: TokenPass, Lib: "strings"},
	{Name: "bytes.TrimSpace", Role: TokenPass, Lib: "bytes"},
	{Name: "bytes.TrimPrefix", Role: TokenPass, Lib: "bytes"},
	{Name: "bytes.Split", Role: TokenPass, Lib: "bytes"},
	// A reader over the bytes it is given: habitat's token client reads
	// the token endpoint's response whole, then decodes it from
	// bytes.NewReader (realworld8.example/ownstored).
	{Name: "bytes.NewReader", Role: TokenPass, Lib: "bytes"},
	{Name: "bytes.NewBuffer", Role: TokenPass, Lib: "bytes"},
	{Name: "strings.NewReader", Role: TokenPass, Lib: "strings"},
	{Name: "fmt.Sprintf", Role: TokenPass, Lib: "fmt"},
	{Name: "fmt.Sprint", Role: TokenPass, Lib: "fmt"},
	{Name: "io.ReadAll", Role: TokenPass, Lib: "io"},
	{Name: "io/ioutil.ReadAll", Role: TokenPass, Lib: "io/ioutil"},
	{Name: "path/filepath.Join", Role: TokenPass, Lib: "path/filepath"},
	{Name: "path.Join", Role: TokenPass, Lib: "path"},
	{Name: "encoding/json.Unmarshal", Role: TokenPass, Lib: "encoding/json"},
	{Name: "encoding/json.NewDecoder", Role: TokenPass, Lib: "encoding/json"},
	{Name: "(*encoding/json.Decoder).Decode", Role: TokenPass, Lib: "encoding/json"},
	{Name: "(*encoding/base64.Encoding).DecodeString", Role: TokenPass, Lib: "encoding/base64"},
	{Name: "(net/http.Header).Get", Role: TokenPass, Lib: "net/http"},
	{Name: "(net/http.Header).Values", Role: TokenPass, Lib: "net/http"},
	{Name: "(net/url.Values).Get", Role: TokenPass, Lib: "net/url"},
	{Name: "(google.golang.org/grpc/metadata.MD).Get", Role: TokenPass, Lib: "grpc"},
	{Name: "(*net/url.URL).Query", Role: TokenPass, Lib: "net/url"},
	{Name: "bufio.NewReader", Role: TokenPass, Lib: "bufio"},
	{Name: "(*bufio.Reader).ReadString", Role: TokenPass, Lib: "bufio"},
	{Name: "bufio.NewScanner", Role: TokenPass, Lib: "bufio"},
	{Name: "(*bufio.Scanner).Text", Role: TokenPass, Lib: "bufio"},
	// Readers of a struct given by address: armory-cli's
	// WriteCredentials marshals the credentials it holds.
	{Name: "encoding/json.Marshal", Role: TokenRead, Lib: "encoding/json"},
	{Name: "encoding/json.MarshalIndent", Role: TokenRead, Lib: "encoding/json"},
	{Name: "(*encoding/json.Encoder).Encode", Role: TokenRead, Lib: "encoding/json"},
	{Name: "fmt.Printf", Role: TokenRead, Lib: "fmt"},
	{Name: "fmt.Println", Role: TokenRead, Lib: "fmt"},
	{Name: "fmt.Fprintf", Role: TokenRead, Lib: "fmt"},
	{Name: "fmt.Fprintln", Role: TokenRead, Lib: "fmt"},
	{Name: "fmt.Errorf", Role: TokenRead, Lib: "fmt"},
	{Name: "log.Printf", Role: TokenRead, Lib: "log"},
	{Name: "log.Println", Role: TokenRead, Lib: "log"},
}
