{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:351a3365fbe04129154b1dc26890ef91926aaead5d0f9acdd915265f2b67cc7f",
  "signature": "Ur9jKmXOLhCEBEtcLCy0ze3WbPlkuZbYLoEPyR2kp0LYVzzb2oZ5GMIqq7HrjBTqDO0ResbGzUl61tcfwca1AA"
}
