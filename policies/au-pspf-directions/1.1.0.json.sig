{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:390ff43aba09a43709c519f98cb0cbfcf06c864e30d15ad3e34273e003c6cf71",
  "signature": "fAxJDhxOQ-iAaIwTidp_WFe4LEliWSZ_nHh_gZXr0lNiE_03XPdCSbR9-RdnsgIt4McUkbwuDfy7N5LJ_qvFDg"
}
