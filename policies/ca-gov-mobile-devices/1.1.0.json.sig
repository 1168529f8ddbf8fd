{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:3d8d8df233e9c97bca03e989298e05cefa5b5a0214b4b80c778cacc82b192045",
  "signature": "451_exqm10fnR7I2qk4rLp7tifVA_-mymqq-jUx-aU3f7rtTYGeJUea9uaZIAvLKfQuKr4lH1pwzhI5BPwU0AQ"
}
