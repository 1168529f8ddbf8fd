{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ef4b81c815153705a82693cd309d9f8d3aef5b996e13a42a2ef04bdc4adadabb",
  "signature": "VSa4XF0a046SSKqkj3rcJoVtk1z3AviEfCSr5Cc-Cr9qAI17O1dl80pSrOYRQqQfF3pubanUbu7t5PxNs7yfCA"
}
