{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:5fb48ddfad81af02a0d51f9529b67aa8efdb7045508f0439415a7094ccc0d221",
  "signature": "p-MRxQO3tpWnzQrV6d-qeOXWOrigQsagq4I6TG0uYJYw4D-tbrBo9vg5kah-fknL0wvb4Ra_hNszOdJcK4UGAA"
}
