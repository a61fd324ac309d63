module example.com/realdeps

go 1.26.0

require (
	github.com/golang-jwt/jwt/v5 v5.3.1
	k8s.io/apimachinery v0.37.2
)
