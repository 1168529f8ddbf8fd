{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7a08cea02a2e53ac0bdad98f7fa3507ae107d3d2d3c12a9180160c2e44f39568",
  "signature": "McTX4bQ0B7iMWPo5BAKcqjvaBrCWASYBIC1qgU7Jr_Qb4oKkBXZr3SMDbXMrpYdjBTvN9zSi466mom_eoxKPAg"
}
