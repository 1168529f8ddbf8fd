{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:611a82807b161e707e624ba7796ff6f401b6a59401504ddb742b804ad449a1fb",
  "signature": "s_q_abIsXGFBIBoDs-ppJ1rXucUliuH3HwHCP03soOFJ1WSujC8_r8-Ybb-Fy3AOp7h4EPOyOBD_EGY90rDYAQ"
}
