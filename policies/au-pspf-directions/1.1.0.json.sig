{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:a42ad6ba8f2074898dd356c0b47f9c67688ed9dd1d371498bedfd6845b3beff3",
  "signature": "mIFIV6vMgi7_HR7bEkELaGUE7hcCQ-cWJt31A2Na1_QcfhnA-AwzGQuZqM0pWGOZmdrDem-9zsOsK0BR4BM7CQ"
}
