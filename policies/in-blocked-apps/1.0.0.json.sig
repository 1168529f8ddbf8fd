{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2634f647bde73c60a5a28b23937a8311a94acfa9269e5a20b112db3ccba3abfc",
  "signature": "6nxC5hJD0C072nyhN-2HGT9GkTCDx0rHLUTr1E61_MPMWO89L8BDwU4XWLb3rifj0YFK__y_Womy9s_v8HIACQ"
}
