{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:36633ea0cdce4c5318c577f36f259004746ad8421d337375b95397d66adc2a88",
  "signature": "RsA8hR5fSGvWVIjYivwn8qDmCtFhcH9Xk7mujVFraVL5YsDW3PLNklWgYXgdhvXFq4Ajl5J__3UueN8Bn5YmDQ"
}
