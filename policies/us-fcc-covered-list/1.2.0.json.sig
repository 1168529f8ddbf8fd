{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:48d370a07010d98cb9fc259ca29f0d7ce75447b4bc68367f15d461c6a5a68c85",
  "signature": "3CTzDvevv-sNRyKo9scqT6a9PrO46rnrdhUpYWM0jW4R-IaVGF1poTNIK-VOOftBkr0ZSOvoXR1aov13xCgSDg"
}
