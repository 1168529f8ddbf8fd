{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:c8395af49b0e64cfdb097cd27b8272cd749ed1014598867082691e385ea408f3",
  "signature": "_8KxmNqc48FebdoY_zbmXbX0wu_EYngNozj9g66kmzdQE1ECIe1S7pcS1TlZQMH2sT6s6YUyH3pZFFjzxMFiAQ"
}
