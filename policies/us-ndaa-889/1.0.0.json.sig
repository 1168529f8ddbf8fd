{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:97a3a7f276648b21da406163787d2088d533b402932bf70551fbd270b8b6177d",
  "signature": "3u7Q52wCOQy5UFY5BsY2n3SySf50QfLgx-V94rhNe45h7SZ2hvSJHf-Cbx51Bijgq5eFTx-n2oDOnEpVChCxBg"
}
