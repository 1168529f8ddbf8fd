{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:d01c1d7d23b3af949bd67c0c433603fe5688eb9aa52cfb5412fd0e9dcca1ce6b",
  "signature": "-0dV0lk303CANm3TRvw4PWry20drT3KBOoOpUk2atQOA2ZimpCPcVDlNm8zBR6BLS4kA-X704h5Lg8u4ii_yAQ"
}
