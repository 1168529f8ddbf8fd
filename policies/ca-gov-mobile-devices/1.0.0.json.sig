{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7e310e188deaa91a2440823df116f320a8c619cda7c6188cdbd13e09c6ee184b",
  "signature": "D4OUiOeRJJXdDkplO6DodiQyzL1QSp_RGya9jwabVafdcqVtFjiDnE2JopQTJZjNJjLOs2kSBE0xJSg-7ryXBg"
}
