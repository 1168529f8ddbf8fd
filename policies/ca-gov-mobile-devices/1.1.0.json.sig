{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:57b461c08de8b6df95d1a5d93f36b5ff263327e9a71f00f043a9127ed59d6073",
  "signature": "QElSBrZh1_NOS283pyYgFjv3Wk8Gx5cWqwyljOrSZ1kVSa2nVvnv-QWym6XYOqNwgldgQdkreiiUS1yqV8P2Cw"
}
