{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:61e17c013bb5febb4c0b619fb9d6c1230adc52e07ea6f33f970c9ac0eeedd0b4",
  "signature": "LfGJ4yIoY5RUPqcpe6DKJ1WyThTyJ5jGzdybRMfGDuOW-4Ax6PlNxUvW4hrKGnfiu9FOjLpV-gKhqNtnBo91CQ"
}
