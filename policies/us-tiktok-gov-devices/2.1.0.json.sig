{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:6b0a2fe8cf980c1d22e8d00aae7e71030735f7e621562b66ca65ca21f93f829d",
  "signature": "MqG6OWYkECzEejX1Y6nWplpRDLA8nSHq_l3m_sr1KhjD9prKQdhFEjKE_b8mworKE0b0bJNDf1hW-1J7CRIoDQ"
}
