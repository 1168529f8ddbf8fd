{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7e32b71bc8cf7a2fe6d91cb9a0345b1e9e2276ca445d111655391e9b19595f91",
  "signature": "M4eGTqPtun5wE6g_wYFljTwEFLdgmNOTupBT8hHaJuN2g2Z--WHfGgcUkiF56rRlaPEPnfozodVpWvy-QIhLAA"
}
