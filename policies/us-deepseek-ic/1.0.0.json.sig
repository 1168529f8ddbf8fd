{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5a1bdc2e9d200dddc6cb329277eacbdfefd80e510aec4436422bd1ef91f92410",
  "signature": "DQRgABmj4TcG8cHq2i3437Rn8HCWWvzmmvIBhF6s0-NsittHoHBL0_J_zxi1aU-wWe7oszStKLt8Ynr_BVoWCQ"
}
