{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:4d270ab54d9c2425735b5ad8dc6a1b89258060601c0da9501f27b1ebe8934c70",
  "signature": "yRSb5p1Ot0kweltYB95sTejwQjUwvW4TW08DRvSisiJYnsEzLy66xQU5MNaBVJOJNXCp-dAMiZ11RqP7ss7bBA"
}
