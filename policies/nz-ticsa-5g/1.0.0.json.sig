{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0af501530ff31c34317d821b4ae6309d43c8f9f3c5f367749ca1f00b00fc90dc",
  "signature": "pdQ4-7HMedvnHNROeoTGDTzXQo6xcMgiEhKPXVooyzO7GtAd_Nqc_eLsr3w_ZMUtqU5Q4YsPnfGJH1BajxYeDA"
}
