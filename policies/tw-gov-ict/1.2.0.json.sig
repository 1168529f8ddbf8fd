{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5910a97614e176e83ec65b74e295cb0219570a6c96f4fd672b9d881429e9ad57",
  "signature": "4Alb7fciOqHNWs237wQ4cPXMWMY5ixKNY-gy0LUHW-6Ul4w36YKfUYR-k7ojN1hbdTrOeeTZfKT0xWnIZFTdCw"
}
