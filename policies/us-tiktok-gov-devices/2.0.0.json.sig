{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:2a71924077f3ad0b3eb886e62e1e162bb102182c1880014796064f73d5c995f7",
  "signature": "_y5ZC0wRS0ropdjk0VECufTtwwZJ7QcBdjeWMSB27Pb1GiPz30NMxX6LhO-tG2mHlEnBVtJ4uRVSIW7CdEBxBw"
}
