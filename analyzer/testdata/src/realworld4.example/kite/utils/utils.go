// Package utils wraps k8s.io/apimachinery's util/rand (sweep stop 18:
// zxh326/kite pkg/utils/utils.go:24).
package utils

import "k8s.io/apimachinery/pkg/util/rand"

// RandomString returns length characters from util/rand.
func RandomString(length int) string {
	return rand.String(length)
}
