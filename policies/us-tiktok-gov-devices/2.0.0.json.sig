{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:dd7dbbbf45704e25b97115eebd97c8a5fba0132caf01d3e433e5674df0f585b9",
  "signature": "VBDEJDt2Jm8sa8rYMpfmRgKDh9p9gYNJxsNfhoR1Uc6_pILCLm9-a4QElKzpmfyzezhW4X4e-R2hCkpJQK5aDw"
}
