//go:build !jwtlint_never

package hostiletags

var tagKey = []byte("default-build-tag-key")
