{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:c6bc929702c88322b29ad961ea7272646509bb7fff0032c8cecf8e61b7f78560",
  "signature": "--tUI6Hv7lFiL_XSIr8fW8Gw_JTbrA-5_VQ2jAw41yXmu7bvUQAcNOS-LUmPMJwzOiXzfKSgnQuH3FoxxHB8Aw"
}
