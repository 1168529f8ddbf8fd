{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:788acdf580e9a7d2c629f6fafb554ba18779b0031bca54dbec37879e0a9e5b47",
  "signature": "XQR7OFxeuY1FGJdWvGAXEb1yxd_OpWg2KlqYDo7FamP5T_JzbQa9QvUCqHqGnShXx6KapH7YcQ2YV8cMtgjjDg"
}
