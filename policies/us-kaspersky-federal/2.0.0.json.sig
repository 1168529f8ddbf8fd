{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:f4673d5d157288e210ef4598fa0a41006ae423b52ba94e398b5d5a42c502e02d",
  "signature": "EECqBQ2IZB2Hq0kPONoxpuf_0usoWL0jweRfglptG4SYiKbs-tp_oVUbV2fTvNGagjQaLJKhiT0ij37_1WLhDw"
}
