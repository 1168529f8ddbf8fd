{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:a3c53dfb469b0d27d0f9291c6afb39102ae6bf5a1716a0436e64b66d163d0399",
  "signature": "GuGBA7xpQpGbjCX4G9aH9HHly8JeRLXdVuacuKiWTQVkl9EbYdyJ4fNbu-VNQE9i7RFJiy5wIbg15TOanVKjBw"
}
