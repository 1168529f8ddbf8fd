{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:730d7e026375eec6ee51ef45a4169095a32f9ae2035d6cf53277ed0cd7465d76",
  "signature": "icINX1UQEVQ-ZVO96hgBWsrfpvcRdGyXNuwpnetpNsXtEvQMpqaOflm9hqKcvfvNpcPNsU0aSNUeXCHkPqKRBw"
}
