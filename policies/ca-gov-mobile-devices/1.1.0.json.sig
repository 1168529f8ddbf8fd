{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:6f0a3fbed4a6a407b2c1b3e825850ca2ad52d0a05f7eab8f4114e7fcea88dbc5",
  "signature": "z7wsL_Hxbysmozb-y2k9mhc5SBUsJVlOrz4yo784liQV3Dfuxjq_5MmQfagMqodV6rpBEzDtLhGrxRr8f11oAg"
}
