{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e17d9ce0c40ca89ea2ceb88899461955e83d782f8876d28ae3c52294ce82aa95",
  "signature": "iF3cj-P0KaJlX3NVSmcA6PUTnsS0Wkd92JFzAopvF7ug_paTqvEe9cF1YV5TQuQNc9tq8QuWSFISfZhEF8c0DA"
}
