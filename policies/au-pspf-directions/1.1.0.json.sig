{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:d9ca2db9a8d544c76c3504d70d1b8a46c0f36198e769dee3a842968f86f753ae",
  "signature": "466Icb70LWuTT4S_tjhGcqDSIDfluXmew1epI8QeJq_RX0dL8dJ6hjC-Gebfao9ewt1w8zbj2c7nBY9pfdFeDA"
}
