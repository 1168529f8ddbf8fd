{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:02969d87503de7048528f69a7b0f67bae252d7c2c27379e751d46b44ab7e2ddd",
  "signature": "rPEnfjqQs5xuQSbU3X2HwaabKFOPgc0BNVxtNATf6GfgM443eQWd82HCiudJFhSlF6h1ImltEWZE2SmXWs_1AQ"
}
