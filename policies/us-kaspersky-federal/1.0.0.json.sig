{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:17a3e86b9dd1fe17135ca962299d651b0f57b5198eda72a3b75ba7c8bfee4f15",
  "signature": "bpdFp9IQb9pNTFJlNYm1mrQBdswkVEH41-avdUPpuZlHKRXx2WUqmxY6SoOAyXu9ihWxuwikqFeCMZ9QEV-xCA"
}
