{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:b0a68b7d262ba71b77470e742618a9c6336f6359d9a3fa85a33560c15e7728de",
  "signature": "QiMBZ34OLPW2LoEbyJ4IEBU3oMKmLDWZRqeE9c6UQz1bTk1s_2TZlQ1MKsjHCvyPgTTVCPcK-LVymimbVOeWDw"
}
