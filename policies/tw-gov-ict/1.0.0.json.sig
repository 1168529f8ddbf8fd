{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:9c38989b1d356bc25f6a1366312aa32191bc3de4103a0ca01c328b5d2372cd37",
  "signature": "VMJzsd3NUGaM87DarOnU80u0FvcbyJ-yZzhubdvUAEVUgmaPaBMinfIAcDCUOg8qG8WxCyr6plpdCr1RHTTjBg"
}
