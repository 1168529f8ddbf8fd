{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:ce22e3e783b7f193a5c692cb124880debb8c1f997c2148052bbbcfaea1a4124d",
  "signature": "q8I_y1WJvDL7HV1oIMU-VA7qFz-kR2B7uVUvZleidjAh25hQHuovpBwLl3iQGS2OxU2s0o3JnvqLHD9X6Q_0CA"
}
