{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:b68e6753f2cf3e0687208eb6401176538d7a2ab496aa2f19aa2d9f13b5728bbb",
  "signature": "OiUl0Xf5qFo50x78qD6SlvlaHG1i2bJs9U6ewbz48py_dZacI2433hUNTIPTqqwZw2wJ9gX-34wrnfNvorTTAQ"
}
