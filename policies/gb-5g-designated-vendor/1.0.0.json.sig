{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:413d0d16750affc4458f961f663e40abd7eb5c8ab5fe533a56c657e9f6402975",
  "signature": "Wzm8PjKVS0l9L5uaK-Awl33POacQnQiLqKYmN7NGtrZipjvrwX_XEce_hRi0Z0M4_Dh3m81t2g2SgtTYvgQ6Bg"
}
