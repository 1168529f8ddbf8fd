{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ce22e3e783b7f193a5c692cb124880debb8c1f997c2148052bbbcfaea1a4124d",
  "signature": "g12zmyPQHwv9Bntomq83BsyhDqZ-A8WLsRDXnYpRN4AAap9MtbdCyhcmAb85GhpCmK6LgzbVc6MbIogD2x3RDA"
}
