{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:94642f78845c00eb1066a2e233a93421f43c45451081e5bf026413ba790673ac",
  "signature": "TEsvXaZjD5G9EDiru_QE2AOH8UFu_Na_EubeQPv_0E5VktbMZ0_vLL4bxNvl5WCMYZGSEBXFQiC3CPG58gYeCQ"
}
