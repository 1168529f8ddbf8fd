{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:f7183f82be358dab4d257de06f142d0de4ccdc2829ada6895cb156885661a086",
  "signature": "CqESU_FUEdRoy3WAkDE5HzWQ1tKSKAkfHRol0JehtmWaWBDy2dvTeWERkHM-x6D5bdH-6Wurfm02YbBb_PvtCw"
}
