{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0ad1703b5cb620e89847f851191db95d7cd63eae9b1b73f11f90a01c298bb66d",
  "signature": "XKdCyXhrfwvi4jigmuqwic_JN5nDp8UGyiPOoCfvjLDWMHmZvyBgN466dIdNSrJmkyb-WgNUVsAG0gcBpwjcCA"
}
