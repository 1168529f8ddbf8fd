{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:28243b80ec0817968e24c907712f2493d05ea9557f02dc5516c34db4a02019b7",
  "signature": "-kZwlY973jRgcpSSVQeO_25xETHlK7vX132VnNCuvirVI5MdfQOJuu8zGu8sCoFgTDWIdrGBJLwQzlwRA_fRAg"
}
