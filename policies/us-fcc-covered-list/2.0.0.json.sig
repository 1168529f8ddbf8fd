{
  "algorithm": "Ed25519",
  "keyId": "12c9b3d16079a08e",
  "digest": "sha256:e06c704874f2417306af92b21914f047830cf0f926601b86b7174391e8ea7584",
  "signature": "qUkr5mfAo0lLI5FjKudKeEIe-eUheLAQ7atPxXa95EwJxneVxXhtd9H8ph9kUhQeL98g-HZ65LvV6M3fFdrDBA"
}
