{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:054fa370f2b5b4b9ca3dc34545e4a09c20829df6d3a9c21db994db81cf0b95c5",
  "signature": "ixT8iRrZqQzGF1VtGlWU_ID-Sm1XUUpCoggXStBru9z9RIqMSmJPxU-5EpX_YzuXDhAp3Ukin-IkQETTtJ2bDQ"
}
