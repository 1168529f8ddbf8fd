{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:479d1eadfceaa9fa3052a3521a9a8094fa105702fdfb4de4866cf272afa4d77b",
  "signature": "MibAPCBzIxBhgltKnJBL3oTkcX1Q-4jytT0Ptw3ILq1KymOXVrNBYsLCD50IOm7LRVi7M0_D5cmRC8gR9gcwDA"
}
