// Package testcode holds test code for every rule, reported only with
// -include-tests (TestIncludeTests); TestTestCodeSilent runs it without.
package testcode
