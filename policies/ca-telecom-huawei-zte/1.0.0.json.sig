{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:87994df226176f7713c1a1d50c43508164a373af8bbc3f33026db554df59f1ed",
  "signature": "VNSS-EERN1qtWEM1zoGe1Ic1yzTvYn_wgaz-sGYatSeuiKA4Di6mPu4GbbaKFgrkvfnTFPrBMBWhCMy1c7VtAA"
}
