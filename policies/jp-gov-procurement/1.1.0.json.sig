{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:6de8275a075e5da3ddda672a9ded8a3b653e85303e238a81f251885f1717244a",
  "signature": "SKNs05YFp4CaoABa0ICDAMZKumcRuyMyGNQoGl8WH7w6o1P0z0RT_muH7u2PAKxuQ7yIdiaoX7Bmx_csOFoRBw"
}
