{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:bbccea3fced064313a6588ddd00e148e0796944edb1d64b7ce995531fbb8278b",
  "signature": "zcI0t1lmiTy1ujDNloHnCWNm3qtx1s1DBbgWxscVqBrGIrd6IohyUHU5iPzmjTTaNNG9iNOJ3E27XTr6Vm0kDw"
}
