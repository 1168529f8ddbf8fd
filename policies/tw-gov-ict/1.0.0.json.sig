{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:b3b9e63900385db1db72fc09991eef939b9295cc916c7a662fe75aaa333e15ed",
  "signature": "gxCEMB4Do3lFtFGiR2kKysyGgrDjwGrXoHo__BCLWNkZtGvyhxaxw5kL_g1lbNhgBu74rLkgANiwxONbF_aSAg"
}
