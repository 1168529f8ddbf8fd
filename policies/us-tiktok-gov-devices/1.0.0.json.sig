{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:74b2cdfb33dee84ad3839610c0b7f0d6ce1b55bda4bd4f75f35ebc62c432ca7b",
  "signature": "RLEwViKQLNEKnm-gk_wvnmbUh6mlbmhDZAbBFCr85S18CONdncasViQLQFy9Kkt8f1fIs-i9pHZ58xSg_BECCQ"
}
