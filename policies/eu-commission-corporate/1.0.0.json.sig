{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:55051d3f194e6fe03084dc55e2cba0257e361b1117c45d2f03da5bee2403d534",
  "signature": "bR6Rcir-XpkvXEt0OQrAjchk-kL4aEH0NG3KaFpqdjacjRGexYNN-1uSqZ3RY_tIws8EJMx14UFY-4-VzNGvBw"
}
