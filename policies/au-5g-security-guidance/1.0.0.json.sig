{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5b9f2dc534458995549abe6942b64eccf1618820c582da7ffaf5633cb4f67a6a",
  "signature": "X2u_OYGWUeC6cvycC56hHXosHOzV0vMDybwfdOmF45sWAVSx0gtUkcUTbThPcKVvQ2TKFWH6IOElqNcDP3cBCw"
}
