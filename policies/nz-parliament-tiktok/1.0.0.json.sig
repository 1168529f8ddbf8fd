{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e20eff6487a1479220939b5b3d1a1c52269bb226ac68c64a0c46bf2de51b1c2f",
  "signature": "yiXGI-4f8wIV0HJtlKrluJBO_9ojlHHmWQUus7cWGlKrhoCq-laZ2n25YUJDL0K22WyDeBtZRnvsN_8mH-iKCQ"
}
