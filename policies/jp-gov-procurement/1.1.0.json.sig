{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:6de8275a075e5da3ddda672a9ded8a3b653e85303e238a81f251885f1717244a",
  "signature": "QBw34ueUI99cNqmNA6e3-GPZEgPCLg5DB7LQv21A9LtSZ06p-WSUp4Ct8u9_F_6lqmK2Va4sa3HR3wKHdujSDw"
}
