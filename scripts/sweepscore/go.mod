module github.com/jwtlint/jwtlint/scripts/sweepscore

go 1.26.0
