{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:b90bb90ddc3dd0a1a5c6ee394c464c0a3cb4b0c4135b403e201b273bdaf91650",
  "signature": "wgkvEa2dIVbXiZSCnm1a_8hi_CISdVNoskUgRUWF_BZ3_YMPJy_-7StukaWDHMLXrjOKYX6gbInM89XmVK3tBA"
}
