{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7ccd6eac22a0eedfa8cc1484a48f68c4458e21f1414fe65b8a593e9b2ebfce74",
  "signature": "54gRfzPl67-xt09SxwxaTZZASOR08EkPy7JuRWHSl5ZSznZ39TbGYH-z1MUqHHiKIiWl_fpvxlgpYKSCauSIBQ"
}
