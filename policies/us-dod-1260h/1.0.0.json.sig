{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0169e1818fbd505eb409f519f909452e4a0e1b3c318e09600eac7c8ac64adfc3",
  "signature": "qPR7Ec1_Oo0UiRhi_MScAb5szlR_On1-j_6dY4KpcjAsJXXUyacocq8H2VBc5SM_PHo4buCg7FeNSKAHN56uDw"
}
