{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:d9ca2db9a8d544c76c3504d70d1b8a46c0f36198e769dee3a842968f86f753ae",
  "signature": "XYsCAVmcaZr3O69HXY-UtenbGFLJ8xSur3PaYbvI4E13rufrwqfFvloA-67kO-lSOaZxOKFiKbLQvT3m0bkICA"
}
