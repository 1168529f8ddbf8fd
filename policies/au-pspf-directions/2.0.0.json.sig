{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:bdaa234f238659576a72925afaf978bcb3a95705a4319fc61867491a3e7e4d90",
  "signature": "N9TK5g6MWl5qyZ8CRvNnJv-c7lI1-lZiRV913XRtIaWHvBn6WGxuXca0FTGMkhfvBnywEflKdCYWAOYg5iEEAA"
}
