{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:fa881032b85cf6430f7cbed85d7bfb51253d93f0da75c5fbd28d2dd3ec9613aa",
  "signature": "hq8f9QTMIvNtUcD3nPI_l9afsCk6YjxPRPxTxafpoyYgZZl-CfxIavl3CP9JSUAKlM5kdnyzk4Bmt7GmTN2sAQ"
}
