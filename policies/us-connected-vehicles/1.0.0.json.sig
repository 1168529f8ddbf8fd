{
  "algorithm": "Ed25519",
  "keyId": "d08cc3cb3ad89c82",
  "digest": "sha256:e2e06414e35d12a402a3809e1865c97bfd981cecfdeaa4129a792324912bc393",
  "signature": "mDh8AcJDbdsMhduSnNdgWyqTHvra7CchGm9egvQX-rEDkOxJBEPXcd9xnFsV3Cmh5Wzj0OOwncJNol8GhPw0AA"
}
