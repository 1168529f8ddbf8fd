{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:1d4ded908dc8bc7bb64c18e034a47429b184936e15177b8dba0f9a21576f8640",
  "signature": "3XcNusA_gymeOeLjT_lb6xAhtkcljGzDysmjQwAr6tT2HkcGnP84w6DHw2FwBjJU5zEmFHUHTgRyZ620784FBw"
}
