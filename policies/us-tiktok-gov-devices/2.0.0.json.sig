{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:1d182a52c070dffa7b707efefe0bc0eac92af8c34aab37ae54832e667852a3d2",
  "signature": "QdpQSrF2GFAcAszQbTN-kM-LMUDnxx1EYvinXrUMNYx3ZW-fapHSyRXqqOBY0Mez_0q3UpOTBsfdy1GCmIl1DA"
}
