{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:93ab862dc31e50b880853be727aae0ef200c4f046f7e7fa3df1de94651452333",
  "signature": "uPuD3RWyMxadX3ioQ13j5oTXx9a_OteH2lUZkcXmrz9zcIDKQjfroZp5eZxspTjOuANxc80JDaLREhlTCAF_Bg"
}
