{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:3d2d8999bc53585bc60892c40ed3d87d04dce4a46a2adf212f28b670b715efa2",
  "signature": "bd4lfdUtpWFEspyv3S7vCxvzODDDllRFo-3-oAyqRTHGvAtbouMyxDRUf0KBT2X5JIDynlNqzl6A_17DeGbxBA"
}
