{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:c8395af49b0e64cfdb097cd27b8272cd749ed1014598867082691e385ea408f3",
  "signature": "anjrZSLOVIt_xzevGDFXVFQ7e2VfJqqhSvcpTayYfuHLwrcw2eZvZQ-cb7Gwi5o0O007SZ1AvBuJZQj2FdU8DQ"
}
