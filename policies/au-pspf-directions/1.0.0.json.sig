{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:d9964ac80796e9be81a728942ad57cf8b8e03595a109ad990124e01ea4f35ff7",
  "signature": "AQCoUfb2bs9_l0Tvhz7JzJuYxsBQx4l9aciUG9CtOssErzjIBnRUA5fePGeSIgxn9CdaMZkw-TflZGl42SRTAQ"
}
