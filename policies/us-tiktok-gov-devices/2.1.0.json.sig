{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:b68e6753f2cf3e0687208eb6401176538d7a2ab496aa2f19aa2d9f13b5728bbb",
  "signature": "qY3hn1hfcyVr2LNeJWRpUOEaYUoEAovt5psAtXaeIZoVKihZgnmf0GuvTR_wOh2Cp335nvaxt_bJ4KrUeWBCBA"
}
