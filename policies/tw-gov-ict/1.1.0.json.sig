{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5a2e9b5765fe7532bf09fb3b7b8d7036493ad13df4f22f07b1078e6a9292271c",
  "signature": "TybFZNI5z4YyW7RmWHcH9Dp57pI5vbeCUE68TC0ayFlta0WMVIfMr7HWSmdqU-BkuubOhu0hfxj5BT3OZvbUBA"
}
