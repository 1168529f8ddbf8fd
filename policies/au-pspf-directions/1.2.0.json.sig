{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:8280f8b042fc057cb52d6c3e8ea3e8b63cd0d631f153e5997f8eadcc294f9eb0",
  "signature": "o7xf-nk_o8Vujrefri-wZo0Gw_LBIZqR8i2N1GifKG2BVQfC-3xSPKErS5p-PWc5Z1zjUrVovX4xoADf6DMtBw"
}
