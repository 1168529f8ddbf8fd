{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:7a7ca796f1bd5e6f02180d0554ecf3cbb8a8259498b0ba5491dd86a90e418845",
  "signature": "dc8ffsTdrd9WAGEtBgQFx6sg8cqk33DDPYnluTZWfYQfHVRTpGc0iwwnWDcl-naLFy9YZa_pflIWNqZDQZ4fDg"
}
