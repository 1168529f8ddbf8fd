{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:79683c9300bd8156d9019a79fa5a099b974fa313c5e089728cbd861ec74030c5",
  "signature": "wDL7yL7OxSJ3m261haYR7b_SLbOyshhEa2DnWTyhy9n9UF_p026K9XeEfDeyCCTtE1bmVzuFKtmrbTxI_8IHBw"
}
