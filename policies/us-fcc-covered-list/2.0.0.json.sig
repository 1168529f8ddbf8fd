{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:8c7ccbe9a25f3b9620ba15af2f231a19c4f8351e7743a7e63957d6eb347a1eb3",
  "signature": "ddbzlzEwq_hI9C6IcTKqpak5msRWiqx5zOX7WmB6zCVAh93aqpjFtPRf7mjQzNI1bPqtFpVdkjLxT7zSdIbNCQ"
}
