{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:f4c50584bf51cde1cc4132ec94ecc4b014be9fd18d80cfbba9e05bfe062d8a59",
  "signature": "lSqnrn-R2zJLrEj7dOK0mEvS0xnNt0n4u4VKLb6cr63K0qIhIsw2gZVQ7Mp9Wqefyz4324dYUlHtAxSHvc6gBw"
}
