{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:32a47925e96ea39954189531dc554e3cb04edd71c539de72ee5ccd916bd14c9e",
  "signature": "vG795fdnsydo1dqJUaeOIX9h8J4lmArw7m5CTXtCUMuRm98pNP5L1VF0WDrQb9mH79AoshexUd8uLwLDjIwzDg"
}
