package sign

import "testing"

func setup(t *testing.T) { testFilled = t.Name() }

func TestSignTestFilled(t *testing.T) {
	setup(t)
	if _, err := SignTestFilled(); err != nil {
		t.Fatal(err)
	}
}
