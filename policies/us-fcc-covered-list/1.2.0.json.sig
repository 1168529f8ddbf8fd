{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:030d84f8516e29e4ef6c31029fabfb96d613ef5440a52dc6db7620c160d1da4b",
  "signature": "lUjLqEyuvcPWIwl9-_3eaLHlEHNuNu54p_DbqBy1YJ92mmWk9ArBOfs-sl_wRpbFhhkdGrNFu29o1-iKz89LCw"
}
