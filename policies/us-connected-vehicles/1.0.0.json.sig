{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e2e06414e35d12a402a3809e1865c97bfd981cecfdeaa4129a792324912bc393",
  "signature": "Yo8M_1yeBV7eoK2pASamR6HwzGKlQYlqA-Lloe8dJGGdbsNy5HkaMRthKwhntF9Xo-SShXhsI6hmVQ3J3j5jCA"
}
