{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:cdd220530989a61bce895e067310a9429025e91ee94df699aa3cd29498eb96cf",
  "signature": "xkV8vN3VO7HYIRrJL6HuNoD1kQ2mbB9YVYjwY0Fm4QIzKAwo2BkMZUa6GrvocQuh7EIhkMzP6wZqcF8aKg2xBA"
}
