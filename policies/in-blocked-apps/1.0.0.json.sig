{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5046544d7789a45ce27faabcb5f979062557f9d4eff29540d50d8067b0d9b31b",
  "signature": "Rm9D334ojHsmncHwKsWc51naBlv6F1hHoYf8uI7UoB7gbwH46cpjCPlATE7IVq9aq9bynz47H4OQyyupZ7QsDg"
}
