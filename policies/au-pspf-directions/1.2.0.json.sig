{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:06c27ae9e7c8c3b1b052dc8cc7af055fcbb54fb7a27f2008b35b94e5c32dd5f5",
  "signature": "QBKe0eUvNd46CzcPRrtMMrJIukSBimRg4qujyjUMYIGU64VlVceARlsEblQMlETzZMkbHAiaEdbvg828aNHvAg"
}
