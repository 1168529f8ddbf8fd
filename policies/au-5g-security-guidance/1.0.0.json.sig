{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e128fadd8584323624f585be3a6c8109a04f191767a08bfc7f80201f3b351d22",
  "signature": "04wx6_kUJI5WE4qYGEPaqUAsWNaXT88xEz8MCFid3z1qhCfga4SRIBB6luahj9w_-JjOn63_CALp-iawyjdaBA"
}
