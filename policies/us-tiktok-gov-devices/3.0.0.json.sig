{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:0d45cb9598b6c1ffd5c362de6158c230b94f1d455460ddb9aad05bcfbf07aad8",
  "signature": "uPbe3zgt1A53lRgfJx7J56AENFJDhOScE_2ZA-5Elof4frlQPbT3L3Miy19Wd15sp1jcQ-BQUUEYHt55pxgDAA"
}
