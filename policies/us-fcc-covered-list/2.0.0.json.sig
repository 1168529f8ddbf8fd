{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:52e83a97543dc6c0ab49a6f206a49034a40eee44fb72865fc33ac07d7b517435",
  "signature": "iQnIEfGqYwhFN9llYTPcs5v62Blu8p8CxfbJ0kGxiqffDIkujcqjvR-JFgdrpy7tZYsLyRKrYSqMlU2uPx0eBw"
}
