{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:cbe2755ad68b28e0dc5d1f96ffdb348b254476d1ff98df440364b7be767f1e2d",
  "signature": "kIkAqntApAxhUjJ3k-2DrH33ioaum_CzvsuRQ4KYPCjTLncbR9-mMxHp3nyyLpCx3P4fFzXUAszEaeCHwexNAQ"
}
