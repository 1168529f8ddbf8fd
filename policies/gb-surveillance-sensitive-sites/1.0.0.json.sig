{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:639e94adc3891a5a1caacaf87c440011d75006e2f1effd04604862dd9f5e1c91",
  "signature": "7YAzwRgWpWxeX0STcuIcIaoK9UkpjPyulYolSXc5vR1nsZbEf8nfsGwcA_qf5Z2_tbIuGHyHzX0J5588gaEaCw"
}
