{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:8b1791dd46e0aa9ede6bb34c60728ddc45a0a3e06c603c5d14092b974b307ce3",
  "signature": "KdfWe0RSdsRvv0s8v5VZh7EQItLMsRBjD-msutn_4ILbmLFtnUSsHrMZRpqMooufEi6MUNB2Xh6Y5xpCKPR9Cg"
}
