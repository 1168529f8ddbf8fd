{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:ef4b81c815153705a82693cd309d9f8d3aef5b996e13a42a2ef04bdc4adadabb",
  "signature": "aH2yU32zM-NNGuo0_H5djzRp2XyGkczgfRv2-7cZOCX8QW0fHdAu79RqP901QlGoNA3fJZ2vTK_d0mTP6Gt-AQ"
}
