{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2c1f7f181de0a3d3dd4cd19385ff8712094820fd35db06e19ab11232c6639cdc",
  "signature": "UQAxHlgI5b-yiSPrqFduYEzTbhY65QP3L2bRWsPMue8VKDplLiclV4hj0yiwj-dhZ-WErs_fAsEQqEotnCMICg"
}
