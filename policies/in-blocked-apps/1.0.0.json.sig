{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:97d37e08e25ffbf2258bb1d1bc4b0e1d27fa432d23bffcb0cf15f2a7e76485dc",
  "signature": "yJ3G4qelW9kg8ZNhO41EPQP6KYi6TKo-5NOszMJN7c3ClncdMI4wozPtqfDdxCD5WGqHNi6bkdddVIWOtRg4Bg"
}
