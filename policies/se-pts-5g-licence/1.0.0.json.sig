{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:78457c8bfb7ef4f1bf56502772cd2fc4e59af4270dacf0e132eb75b2ebe60fda",
  "signature": "PdWxZxq53o2r5DNzi4c3VfTlNk3v08oydAzhTalZRPzjq9NQB-VuvWNfTaXyOc1y3eZIrAZQaZo87YfN0Se-Ag"
}
