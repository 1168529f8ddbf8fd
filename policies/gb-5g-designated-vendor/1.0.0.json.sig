{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:136e0a96ad5418927709a3dcad265ef075703359a83afbec35acb63c49b0868f",
  "signature": "yTAyVXh1cZb04ePS56VeUWb5rb1VwjcwXh1dgeKfLeij-hPEZpbtHObz7Af3QLHq3ZHk3ilqMMDZ4t-3VaynDQ"
}
