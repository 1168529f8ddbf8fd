{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:78823fb23aa147b07259b1ab9a2c5eaa5f773a65fbb25dff3ec2b8e3d00c06de",
  "signature": "Ir33E3fZqfiMA_brbtycnqEDxHiUoV7KFR1NQYX83XTp6HS-6Iu5_rlqy8apbQoIcaOYBd32kPrNUjtO9ZlBAA"
}
