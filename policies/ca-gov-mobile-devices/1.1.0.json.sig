{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:6f6862b7b5a4ed6dc8e751758ea225ac61707db4e575b0e29fc2901f28d684bb",
  "signature": "IwcmxVuKTA3bO9zndQx0CAozbJLLK5XDIkpXnzMyhr-rxIhn_PZ4vtTyrsy0Z0_0VBTn5PIqYdn_qChyfvczBQ"
}
