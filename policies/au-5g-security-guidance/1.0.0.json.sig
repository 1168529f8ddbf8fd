{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:5b9f2dc534458995549abe6942b64eccf1618820c582da7ffaf5633cb4f67a6a",
  "signature": "W4RdOFcCxk7UFqYuJ4sg6_IIYT2XY0BZ1ThFOC6xlPidBPOynLqzMVxYGIW_hpuUnBQ_9QbbPKwbjzW9lvjZAA"
}
