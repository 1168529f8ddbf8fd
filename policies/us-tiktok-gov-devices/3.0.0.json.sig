{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5b546f3619091e08b3b505f29e9db470c226d69e41fe8a4bef903996ecc3a8f7",
  "signature": "_cMYyi3Qn6A71b53EpZE7fJdwOVPVLo3IscbesZVK4IQcN6niY38IWHpIFy71ouUgGcGCYCVHsyRP_tPm-E2AA"
}
