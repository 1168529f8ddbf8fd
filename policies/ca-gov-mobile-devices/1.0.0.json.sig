{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7c0d7a2e2fe409765c718261ad49d231c8d8224fafe0b1d13da7d735ea5c3ad6",
  "signature": "r34PEmdMdWmuJZVhxg6fwyTHA7SMmASopFj5zRhqI3oE9_sKfHhwhdSYSUlyy2coh1ZzRwjOlmxopJnPpC6mCg"
}
