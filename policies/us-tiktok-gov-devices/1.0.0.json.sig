{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:fa881032b85cf6430f7cbed85d7bfb51253d93f0da75c5fbd28d2dd3ec9613aa",
  "signature": "vlJBax_f7dGN-4vbr9agjiJwvISnhZ3sRLu0fkpnboRr_Gz4uJ8ejpmLOBs2IXlK1e6z8klQGoVFcHpJlbSyBA"
}
