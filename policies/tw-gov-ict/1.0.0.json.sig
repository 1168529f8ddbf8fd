{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:264da532476d1ea82a427851f145e4a8392e66f4b5eccf0b2bce2cc25fe490b6",
  "signature": "MJpBC7OzxYjcZwfSGrPwlw8v4VVotAdVtPfNsfYe7VTpM62VKKuPDSMHG62VSJcbsIOacJLcZCBGeONB5PnwAQ"
}
