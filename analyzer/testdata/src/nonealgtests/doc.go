// Package nonealgtests checks none-alg with -include-tests.
package nonealgtests
