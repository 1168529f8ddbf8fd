{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:cf93fd2bd0042b64536d14f0fdceb2e67970d23dc751f6eee03c3cb0d779fdc4",
  "signature": "G7CiuQ567Q5K-QaidCjTh-evlkY9qJuuzMYil38zNcl2OlHt6Ccej1i-J4ca-JmSWT9lg6RCxms4K2gpRRzdBw"
}
