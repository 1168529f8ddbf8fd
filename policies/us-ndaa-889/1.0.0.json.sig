{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:3d45f189c572582fa728033c41597eac0c2fe96c522b4dcf60fe7a93a8bdb11f",
  "signature": "epvXNeSRAe4OGVnqFueViqiltieRGJfmxwCvMq9XhF_kLWUTgtFNSltiDeGFpzCbkyzjdday55nz2lKsIw4mCg"
}
