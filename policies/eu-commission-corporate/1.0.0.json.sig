{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2865bc3fa2c3585c7513c4fc0b28c65e65066719d418dcb1ddf37ea32884a90b",
  "signature": "IF_-c6XVnq8Vcu3qEnBq6yfdsbY96t6PO3Ki5ACisrSRNXPy4cr94iVZ1se5IO97vf5FE1DPsmHvUXsxQme6AA"
}
