{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:4de8996a70689510e7a2f86db1f7b75905a98ab672b7f6ae15644bf80bcd79a1",
  "signature": "ow6qHL2NG9BA-GS9wAGzhoqIj9n-5ALdG8r7iJw0Hl94MvmXyQhAqQSTmGnUJeQGfN9IM1QuwerFR9LZDYJLAQ"
}
