{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:15ef4f8efffc11714953eeeee39eaff8930d4124f8e33b94d9d50c111f341cd3",
  "signature": "zG3TEvSvYlYR1gFRndVEWy8zLoUz6wd1yN_2vQ9VsJ1KaOcgiZZODBxa7G9Qn-qJ1eqgdbgEAgR-O5ZMZzW4AQ"
}
