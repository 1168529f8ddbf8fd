{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7c252709e521f3d10f89972cf8a83c3fa28920a3cc280b8e0a8a343cf0b0de7f",
  "signature": "fr_h7ooS5ssL-DnVlih0RJlGdicNEOmRC6s5W44uh6bfBvuBGDmVh22Lq3ntwMQdKDwda_LSFxa5uL8490xgAg"
}
