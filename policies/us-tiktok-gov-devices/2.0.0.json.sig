{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:1d182a52c070dffa7b707efefe0bc0eac92af8c34aab37ae54832e667852a3d2",
  "signature": "fe_rA1kWkBn7BZP6uRU-6IGyYOGyUmTrd5QCVtTKgK5_btsMaIbWaVRAq68K8G4JF9CkZYWOlxodX6llGEcoCg"
}
