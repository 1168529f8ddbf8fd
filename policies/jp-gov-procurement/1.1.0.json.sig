{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:15c79f32d6b2dc03452fa960d88e67aff73df7a916a65ef608a3795eea2c3ff1",
  "signature": "tT5q-5crr2dkg5nhXj8JF0DZwNd_zwZ0kfkVd1mPYkQ5S4lpCI5V0t0Zh0EGhMs8O8wvB9ujoPnR0DphhQslCw"
}
