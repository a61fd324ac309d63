// Command check uses the weak package as the analyzer does (Known, Check),
// for TestListsOnlyLinkedWhenJudging.
package main

import (
	"fmt"
	"os"

	"github.com/jwtlint/jwtlint/internal/weak"
)

func main() {
	fmt.Println(weak.Known(os.Args[1]), weak.Judge{}.Check(os.Args[1]).Reason)
}
