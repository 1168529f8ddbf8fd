{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ebbc629e7ee7de11f73d7e172e6707945e34101a5949ea5fbbb5e863556cdcc8",
  "signature": "3Q3HQLvYmty6C6Mz5HEzqSwX1jLvylzwaN6cx3a2OBs_SfTotTxjlSg1DuqsnCI7C13_mQLw4k_n_GEQVky9CA"
}
