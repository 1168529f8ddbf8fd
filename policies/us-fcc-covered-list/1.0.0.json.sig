{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:d918b6408f496865edf3885c5890268eff3008d2338a004da8ff4633c7a112a0",
  "signature": "dV5anSy6pI3D8t0u9Vr4aZcUnV3l-_G_F19DBbxx1nnHpxfcX-bX-LVKFtY8Cs27JwaXw2GEitu95ZIIe4-7CA"
}
