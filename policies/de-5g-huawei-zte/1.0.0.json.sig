{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:62e6ec323a5e7538539e879d3fab27ca9f99fdace9419c252201bc3d47f8c0ff",
  "signature": "lEM95CP9PLUYL2miaJVI-rJThK-pUqBr8LXbWv1p4m2rPnu_Dks2ZHOvFJ6jmTmvPzwaeeMDSIUHt_ngYmMWAg"
}
