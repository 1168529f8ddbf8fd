{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:661f3a260c4b9c74adc8406dd284ac7e24790892c601a30131b43cd1bae24546",
  "signature": "KvBjnZxGdEs7JUScADfgDEyhnvlCAVTg5Ed8tlE9MF0q6k6xGA6jCbvPfO1x1weukB_hbgemOoaDvpT_ugEdDg"
}
