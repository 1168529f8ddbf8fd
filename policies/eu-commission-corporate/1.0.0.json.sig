{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0a8655145d8c225f668c745d3cdbceb3d1405e1a5dd20ccf74bb7a0a73bd8462",
  "signature": "hWKap7hEF9fzmaZ3-jn31X7kstLeKHEvL_rBpI5S_E8jnxyu52kIqh4jyuy6qS6IVVyJBPJURKKC42MPMd-CDQ"
}
