{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:054fa370f2b5b4b9ca3dc34545e4a09c20829df6d3a9c21db994db81cf0b95c5",
  "signature": "BNO5o5_qtoeSvAOoJUws08rTdhIqh7YFgdJJPeICB5HZUO9b5bJl7LaU2uv5tSZ6mo8twJoQs0ypytJ7qjVhCA"
}
