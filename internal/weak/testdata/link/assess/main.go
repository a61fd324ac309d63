// Command assess uses the weak package as the scanner does (Assess), for
// TestListsOnlyLinkedWhenJudging.
package main

import (
	"fmt"
	"os"

	"github.com/jwtlint/jwtlint/internal/weak"
)

func main() {
	fmt.Println(weak.Judge{}.Assess(os.Args[1]).Reason)
}
