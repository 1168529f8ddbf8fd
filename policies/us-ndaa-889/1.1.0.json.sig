{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:1d4ded908dc8bc7bb64c18e034a47429b184936e15177b8dba0f9a21576f8640",
  "signature": "crPMd7uIqiZIu4amk58dblXmd_GXFOxuGjCp8fRJ6GpXDfoA1dLjTCgSolMIxv88NboMknL8Inrz2eqAGQegAg"
}
