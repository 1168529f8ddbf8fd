{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:203d2b83b0327d400a360e8a47dd0d23ae15ad083673ac35187a6db9637d0d2c",
  "signature": "q89db0QVLMOIrmuFG2R09wvn4JXhndi2X-UtBeIsPnAUOsney4k4oldsPYBAMti9jxtbQkRq9GzcGyo89vz2DA"
}
