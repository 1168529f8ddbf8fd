{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:3f1e497cfc91c5506b7f8023eaeef9e8a9ed54c59190eaa431b6e40759617b73",
  "signature": "oEPbMUJidgEqVBOLvflgMI4xGpF2gcOaX9q8mfwIvA7Q8OxH_uI9FbGjPFB9xd-0bhG5sjqcjPnuWcUChH0jBQ"
}
