{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:cc258a130cc5d7d2b4aad6d1c01c6322fce8ef3c66bf679bbfa66cab7d1b7ec3",
  "signature": "AaIhG2Jtw1MyOvGkjAn8_FU_pR7sD2C4PfO08scSQsBgqlfa9jW6kaWPBS9gt2QQpU7OGM-hFoAmT73VBJIKCw"
}
