{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e4aa7a91055a009b7d9b852ec1b3cb48398b2af3ad65264f9f300cbe17fd7c87",
  "signature": "im6ik0Vib2SyYWx8CG8_QrNSgsDIpKJ35OBtE7UNahJ_prVRmS8eW8r4OpzoonXg-hHXnDRMgmLoyJ4zZCZ9AA"
}
