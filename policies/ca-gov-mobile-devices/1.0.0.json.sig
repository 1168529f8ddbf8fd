{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0d3ecb97e593eb63dd39af7a6190fdb625e9562d185abf0382750c16cca3540b",
  "signature": "sXvSDOBQEYJojk_ilCqAIZ-oMB9hvCOUbCFckbDBAt_UY5Hyeuno2upilrvaRw7FuemtDhx-rAYKfaiEwoKuCg"
}
