package lazyre

import "testing"

func TestNewCompilesOnceOnFirstUse(t *testing.T) {
	re := New(`^a+b$`)
	first := re()
	if !first.MatchString("aab") || first.MatchString("ab!") {
		t.Fatalf("%v matches wrongly", first)
	}
	if re() != first {
		t.Error("second call compiled the expression again")
	}
}

func TestNewDefersInvalidExpressionToFirstUse(t *testing.T) {
	re := New(`(`) // must not panic here
	defer func() {
		if recover() == nil {
			t.Error("first use of an invalid expression did not panic")
		}
	}()
	re()
}
