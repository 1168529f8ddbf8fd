{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:c694194ec0b0bf133b380be34dae1d37af5e02b2886a0175f242db5df958e386",
  "signature": "3nBQLWaUmR1vNWHWCCKGnldYGdxaWn7KXoRlQOLkUJUanUJNdLpmkc7RWiAKzl0X8u_04OA5D_-39clcfJBLAg"
}
