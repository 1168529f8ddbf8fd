{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0c94b1fa2bdab65d5a31ef5ef2c35bea816a57679226b766ecc2ddef781717b8",
  "signature": "ZhTt6W70ZQPwSzJJPlOR0BNnK90Swms-WDHigEkzDUTQXAT5VwIGLvvrH3nS9gk4NiPRHwJCOCPGSQCkIAqACg"
}
