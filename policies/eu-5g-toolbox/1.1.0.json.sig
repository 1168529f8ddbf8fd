{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:db1ec1991932f7989ac1691060a74b18d9f536224867c0bda00f2f8c2d3748f4",
  "signature": "64sxniM_Wpe_zBZ-ubhsb_JuQcQZbXat5z1c98KN7tfpvOLCBk1JzPoPvtmdzUjwkAgCsU315zaHTlotkSaHCw"
}
