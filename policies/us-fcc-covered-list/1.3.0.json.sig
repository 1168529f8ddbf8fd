{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:b4f6224a453505f4d774a0b5c45e6f60f8f8d1a064b9024a6c36ead1a4d28a9e",
  "signature": "G0dRSXYpqqlZ4TnUYuy-WvTOxPXSpA1JrLIqzF5A6-BDmzGKjAZRPnZ_WMxRW3J5bd-FhKl6x6XrJggClxi7CA"
}
