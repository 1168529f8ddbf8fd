{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ede3a075410a5c402447ace6c57c5cea82e5d39711ce7501342960c2f9791e8d",
  "signature": "wN0DzzSBhyVoQMAVM5odGqLw9-Vix5-0lVvILoQoZRDlifT4CndMkWzt2ILXrcPEWKjf0X5_Tf9wpt591GyIAg"
}
