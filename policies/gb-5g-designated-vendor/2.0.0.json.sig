{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ac44f00a3177b87ca5f5d165e37b04ce21cb8b9d975885430ad2b099dafae5a1",
  "signature": "FpyKE0Uv1efVe4cVWajORULUa7i6MEIDauMMWPx3O9uyZ2Z2Cp_OVXaOXAGN1VAm1kJMgwFMs5C167TD0LYJAA"
}
