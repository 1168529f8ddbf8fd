{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:77556780505a7f4f7af6c2bdb8f3b180571fbc223236b1dbebd60663cf1be143",
  "signature": "tjwg3zCOCpM9qL0R9VJP9_ipofz1vpuscIp5mHtEZHtQa0vmjtQV0_Nzw5HOPos7KmII8wwA2yEN05LHw9xZBQ"
}
