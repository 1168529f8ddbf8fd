{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:4dd9ccda700820688bee60312592eb545f1854ed326a8893a24752bf870d72f2",
  "signature": "4L5cTeVRO9Q_2ilJUhZ6hB47MYvwtX-2NdcY4DXgDfpz8tJwidwEkORGtVBhl3jWdHtgIMAymtubmtYm7BGQAQ"
}
