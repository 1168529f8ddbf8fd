{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:83f3f73a55f004ad8332b419dc57e3ce917cda4d4dcf8bf6ee21b05503601848",
  "signature": "CWMba84Js-AGqVhoNsdYDqnQpXQ8nKgD6OjPgOUZ7PW7M21xS7z_SpDGVIhJgNvpH7Kt0-j7O_rzt3mJ2tlhAQ"
}
