{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2fac9bcff2094774a09ca09511675ba861c5c71b8373b1b2af200b8eae488b53",
  "signature": "ODqPtOLDE3Rb-tklbgaIGlpJzMapTnmJEavFrWSM6WHJcZAArUCwIt_DaIqEfLscFmLOu6ky9y58517b2MSfDg"
}
