{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:a35f24bd4f36e1c51e4f9942ee67129c849573971c590fc0e4a7579b17d7b098",
  "signature": "a8NMxsPIe2s_mzoFoVvcYo81DovIY04j4UVMUTUPcz6iMxUtT10WIikfNQEOHcaDaPsoYF0m-bexUAAcKOERCA"
}
