func loginHandler() error {
	return nil
}
