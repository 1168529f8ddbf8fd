{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:65c8e878e2c556d0ef8662d56ca7fab3133e800183e16fa5fc9fca3b6ffdf85d",
  "signature": "EV8y5vldlyY5j_RM7H-v6ZCMNVzKxEwM7vBTyyv0B16t_eev5terCBRqI7ph5r6PjKDZCsDvDPusOOTZhapVCQ"
}
