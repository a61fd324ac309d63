package tokenorigin

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/golang-jwt/jwt/v5"
	"google.golang.org/grpc/metadata"
)

// fromHeader reads the claims of a bearer token a client sent.
func fromHeader(r *http.Request) string {
	raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// fromCookie reads a session cookie.
func fromCookie(r *http.Request) string {
	ck, err := r.Cookie("session")
	if err != nil {
		return ""
	}
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(ck.Value, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// fromBody decodes a token from a request's body.
func fromBody(r *http.Request) string {
	var in struct{ Token string }
	json.NewDecoder(r.Body).Decode(&in)
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(in.Token, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// fromGin reads a gin request's header.
func fromGin(c *gin.Context) {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(c.GetHeader("Authorization"), claims) // want `ParseUnverified does not verify`
	c.Set("user", claims["sub"])
}

// fromMetadata reads the token of an incoming RPC.
func fromMetadata(ctx context.Context) string {
	md, _ := metadata.FromIncomingContext(ctx)
	vals := md.Get("authorization")
	if len(vals) == 0 {
		return ""
	}
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(vals[0], claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// Subject is exported: its parameter is judged at its calls, in this
// package (subjectHandler) and in those that import it.
func Subject(raw string) string { // want Subject:"jwtlint.func"
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims)
	sub, _ := claims["sub"].(string)
	return sub
}

// subjectHandler hands a query's token to Subject: reported at the call.
func subjectHandler(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte(Subject(r.URL.Query().Get("token")))) // want `Subject passes its parameter raw to \(\*jwt\.Parser\)\.ParseUnverified`
}

// ownOrRequest reads a token that is either its own or the request's: the
// request's may be forged.
func ownOrRequest(r *http.Request, user string) string {
	raw, _ := issue(user)
	if h := r.Header.Get("Authorization"); h != "" {
		raw = h
	}
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(raw, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// storeOfRequests keeps tokens that requests carried: not the program's.
type storeOfRequests struct{ last string }

func (s *storeOfRequests) remember(r *http.Request) { s.last = r.Header.Get("Authorization") }

func (s *storeOfRequests) subject() string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(s.last, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

// loginRequest is filled by decoding requests, and once by the program
// with a token it signed: the decoded ones are input.
type loginRequest struct {
	Token string `json:"token"`
}

func decodeLogin(r *http.Request) (*loginRequest, error) {
	var req loginRequest
	err := json.NewDecoder(r.Body).Decode(&req)
	return &req, err
}

func selfLogin(user string) *loginRequest {
	t, _ := issue(user)
	return &loginRequest{Token: t}
}

func requestSubject(req *loginRequest) string {
	claims := jwt.MapClaims{}
	jwt.NewParser().ParseUnverified(req.Token, claims) // want `ParseUnverified does not verify`
	sub, _ := claims["sub"].(string)
	return sub
}

func handleLogin(r *http.Request) string {
	req, _ := decodeLogin(r)
	return requestSubject(req)
}

var _ = selfLogin
