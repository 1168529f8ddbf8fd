{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:93ab862dc31e50b880853be727aae0ef200c4f046f7e7fa3df1de94651452333",
  "signature": "lzJRem-GIHsxDo0jZL9F3PE5NMR4qsHX1jCH0FvoKPIwb7w2SrsLIWq4RUDtyCQBo8n18kETKhISBGucuCnYCg"
}
