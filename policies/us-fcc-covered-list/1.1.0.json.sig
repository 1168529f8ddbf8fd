{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:c733b083f1e31622216964eca24b5ae8c49d7e83b92d1b9111a6fb78188c8eb7",
  "signature": "FkBujQDOdd93lory6jvUPvP5Kg5kMgxsx6IsaNCbt6WRXqViOyVq28E_1-y78u1Bn_CEbj01ovpSdGe4uMuIAQ"
}
