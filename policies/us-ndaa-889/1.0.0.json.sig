{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:a59a67de4a08d66a729450b8a1edc0432c1285cb003ec7adacf03a95f9674b4d",
  "signature": "sV79iJM-dvZw0De7XdCIVQdlvKFnGCOvx6XGItWrzsf5m0r33yIslvTbwj89b_05FMkVSEDmM2NLwKXfCmN6Ag"
}
