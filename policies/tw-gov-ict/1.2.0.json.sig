{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:957574e2bd176a18dc031f66d1656041b75dd78f7282794431c43d087ae5c058",
  "signature": "ksfFMhpf90rEamKxx1d_E2ZIjxnIzn9BACG_7NB3Ps8kK4rmTX909hBXytYKym96B64NIDXKPKHkVPI2nkMdCQ"
}
