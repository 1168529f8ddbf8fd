{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:c733b083f1e31622216964eca24b5ae8c49d7e83b92d1b9111a6fb78188c8eb7",
  "signature": "36dnV5TcB-6jmBgUG-UjL8wYjS56pxw-6zG6-IG-SrjmzPVKxdL-vpvlvrPTMSPBijE_-fIiwiaDuwiMDOdpDw"
}
