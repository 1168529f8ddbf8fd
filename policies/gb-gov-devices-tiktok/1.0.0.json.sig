{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0bcc9203168980d182307c5fb90e8cc47238b0c07215b3d15f9e6b50f09cdabc",
  "signature": "SD9Okww4tUYMYtYanRpSNpT0GqxZQ48xgs8WevZJMGrK8pS_XaeN8InA36gBO1Hw1nTaNzkIP5ptEhZtxa8eCA"
}
