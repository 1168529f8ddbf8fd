{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:9a7626c3e864949eaff09e7c6ddf7258cca0d5cd55d6d1e3e5bb2e2847b7907d",
  "signature": "KdSnZ-zjoAiOriM9Ve7Gyij1gcUMniOiZUMq3tkIDHGKw3LzD9-G158_iDt2L8wtR3RQT8qYfLkzygYc2-E1AA"
}
