{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:ddec6fde36b5815f0e3b15a95f51f79c69372be4825f4c3e0fee93b6873a7343",
  "signature": "-U_MHiu5KzJqRJ7WPZkcU4hJAS3A8M40sjyDoH6AfFCLuPEZJjaS3r00MMiVEq0Letf_ovyAKCbUMesW4qLxDg"
}
