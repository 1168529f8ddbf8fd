{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:25105d38aee59d21dc6ff780edcfca06026d3c51d813ef54a51ad3cf6577caab",
  "signature": "TcG5OR9qN3KPVFvHSl2KtTp7TNNz7F2pQQymnX91_6bIUf3csVf6u6kHNXsMyghM9ZrLOI6CYrHdik_8Fon0Dg"
}
