{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2254dd436d8caf49b7f99735b42715f641994af063bd89ae008de0171102ddd8",
  "signature": "QL-VxX6cGb6axFfiCKXC7M9jb45YswSq-jp8jnWYDcGQ3-iPF82I_FUpOjUfBAa6FIm8fV6IoMYM8i3eoOIQDg"
}
