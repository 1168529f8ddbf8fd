{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:61e17c013bb5febb4c0b619fb9d6c1230adc52e07ea6f33f970c9ac0eeedd0b4",
  "signature": "7s5hHPn6cqz3oIA-86FkLDIQMBdVWg8q6-NbZW17v-uQ0VV7E_fAK5uXAozcJXjB8kD9GLlXopn-_Kfyi9OcDQ"
}
