package frequency

import (
	"encoding/json"
	"log"
	"sync"

	"github.com/jwtlint/jwtlint/cmd/jwtlint/internal/zxcvbn/data"
)

// List holds a frequency list
type List struct {
	Name string
	List []string
}

var (
	listsOnce sync.Once
	lists     map[string]List
)

// Lists returns all the frequency lists by name, decoded on first use (the
// original module decoded them in an init function).
func Lists() map[string]List {
	listsOnce.Do(load)
	return lists
}

func load() {
	lists = map[string]List{
		"MaleNames":   getStringListFromAsset(getAsset("data/MaleNames.json"), "MaleNames"),
		"FemaleNames": getStringListFromAsset(getAsset("data/FemaleNames.json"), "FemaleNames"),
		"Surname":     getStringListFromAsset(getAsset("data/Surnames.json"), "Surname"),
		"English":     getStringListFromAsset(getAsset("data/English.json"), "English"),
		"Passwords":   getStringListFromAsset(getAsset("data/Passwords.json"), "Passwords"),
	}
}

func getAsset(name string) []byte {
	data, err := data.Asset(name)
	if err != nil {
		panic("Error getting asset " + name)
	}

	return data
}

func getStringListFromAsset(data []byte, name string) List {
	var tempList List
	err := json.Unmarshal(data, &tempList)
	if err != nil {
		log.Fatal(err)
	}
	tempList.Name = name
	return tempList
}
