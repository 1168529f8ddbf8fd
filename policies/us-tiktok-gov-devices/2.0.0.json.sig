{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:f619c9d139c16dd8d657f1a36cf45424593d6e69e70cc630f89b1dccb2bf543b",
  "signature": "pifRfFBtWciPg3WPxq-TOuGf8JqzC9gcGEJyw1tBJzluo8qymfFVHSyYUelSKn9Lpw_lhplsLw0dr4Opk0_zAA"
}
