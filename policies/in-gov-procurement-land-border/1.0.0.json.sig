{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:9e00f85e9fb8ce3dc21fd89e4dd0060d6c767de94eababd8757ed807eac9c6d5",
  "signature": "kEAt5YczbpxYlibMg6L1AnspE2C2h6QOizyIhNYW3C5mdA0jjwSFKW34g1eBMGtNO7Bi6tXwR7y_yzuuceqBBg"
}
