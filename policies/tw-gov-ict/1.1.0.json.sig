{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:449382479879a52c6a31235887a6f5b1cd439992dccfbd39716123242fa8fffb",
  "signature": "eWSeG_fg4nfdJl7TzNdRA89mpdDoqgxFSrApFO_vhWcfwEkZjj26euEN2AA7Ta7-i2APc7tZj7cUACbD53uyBA"
}
