{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:f7183f82be358dab4d257de06f142d0de4ccdc2829ada6895cb156885661a086",
  "signature": "4GaEKMLYYA0actVoTY6yyGQ7BqA8cIPP8LUcR_SnTrMJyW0VddBGSrAWiH_d5w580rl5gjitqyXoAP6dXYdRDA"
}
