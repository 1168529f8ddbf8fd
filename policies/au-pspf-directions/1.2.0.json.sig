{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:2c1f7f181de0a3d3dd4cd19385ff8712094820fd35db06e19ab11232c6639cdc",
  "signature": "8vkleveZ4uKj6I1uAagtJ9ZsSP4tQBrvYWJ8J3lcm9jksWog45UhOPa3XU-VBnidtSE9TMNf7iiMQqp-XbZlCw"
}
