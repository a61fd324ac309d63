package sign

var localSecret = "another-literal-secret-from-a-file"
