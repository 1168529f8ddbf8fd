{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:55d4dc0941eb6a67a576b2c9e233e4c7ca701f88cd2879c831983c741aefae3c",
  "signature": "d2N1FnjVK6TCpbQPMssrSH7M4AzfnKjFQnvDKeugOzkxq_L5-2eD0svW-GUD-_f0m0JcaIG8Oc1pXkGeoVAHBQ"
}
