{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:02969d87503de7048528f69a7b0f67bae252d7c2c27379e751d46b44ab7e2ddd",
  "signature": "vfzCJbJJBth14N8UYqiNg778c8gxqDZs5yP4X0upA0VsYGZJqA5WqlnZYsMX_PZeOSZXix7qlpiW9Z53JLRHAQ"
}
