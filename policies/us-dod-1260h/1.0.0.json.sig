{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:d878d9d062e5d4e023db77c92bddbce55d34fa7209b856e73cc2e2e736116c46",
  "signature": "O7v-YJnD_D0M7_zbZhPOkGyAwAUWQ7TQ6jZFwgeJJ95OoW2Nag58xppa3075za1kbDi_1hd6MHGDZ-hRJJ1TBg"
}
