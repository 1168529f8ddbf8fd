{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:34c9f78e4b609c6ddcd86d716339397b3ae844cd0444fa852464e5de60a889cb",
  "signature": "sSu58TdVMpCZhpRO8fr_o8lULH_d8FONgQSVPU60AGZ3ci-88UBZYGtCvyISZyBmawozaUogZcGoiQjjOXc7BA"
}
