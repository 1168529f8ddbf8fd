{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:08d2b0c76fd0006f91afaf84de46f6b380560acb8863659d651c18f6c6a3ccad",
  "signature": "ETEJ9tCRgenXbJp4pao3-AFxe_LQLW9Vor1vivYoobBNZy9vxf1LixUsmh72J9MxqIn7sfu4-Nt0L39zAFKGBQ"
}
