{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:1b02eada1599896404a381aeb445b673edf626abfd62a3c1fe55745b6718457d",
  "signature": "dBhjrek7RNunHQCXvSrE9kJ43x5W-m-Cdum8R3CF9HTXs63AIAZFSuIcg90C0obJRkZLeUtpw1NGLAoW-MLJDQ"
}
