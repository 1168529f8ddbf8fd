{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:c6bc929702c88322b29ad961ea7272646509bb7fff0032c8cecf8e61b7f78560",
  "signature": "WldEO6FeT04u4xQlNZRtioIjQial-yEPu4hJfg-W-AXbejC4vW6gsFbx81a-89haLizFTS37Rvlha99CHMfQDQ"
}
