{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ccd06524fd1e62199857ac345f24443af25caf5428cb98139f1cf8ceb3a9c417",
  "signature": "gi69TEJlltv6nh5nFmw4fJOaeFxGDH6EbsSW-UaElhvpJKzYM3ayH_e2-NjpeEaTTVT1M7mziDtn4WG4SKrgAA"
}
