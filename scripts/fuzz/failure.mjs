// How a check says an input failed: it throws a Failure with a kind and a message.

/** A failed check: `kind` names what went wrong, for grouping failures. */
export class Failure extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
  }
}

/** Throws a Failure. */
export function fail(kind, message) {
  throw new Failure(kind, message);
}
