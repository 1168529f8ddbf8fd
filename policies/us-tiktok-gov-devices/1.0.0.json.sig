{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5b3f8b233f8f7746a2fcfb07e767fb4d6320d710316af225ce7a67ecb32daead",
  "signature": "YO3gKHyACToCMKAhKMY3gk2-XatEnjxKcUNdMfS-FZ5LIqG5FlB3NbV39wxGTnD9V-LXAYUsXue-9ZeBdE0sBQ"
}
