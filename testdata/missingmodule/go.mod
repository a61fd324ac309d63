module example.com/missingmodule

go 1.21

require (
	example.com/missingproto v0.1.0
	github.com/golang-jwt/jwt/v5 v5.3.1
)

replace example.com/missingproto => ./absent
