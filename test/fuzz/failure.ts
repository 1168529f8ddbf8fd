// How a check says an input failed: it throws a Failure with a kind and a message.

/** A failed check: `kind` names what went wrong, for grouping failures. */
export class Failure extends Error {
  readonly kind: string;

  constructor(kind: string, message: string) {
    super(message);
    this.kind = kind;
  }
}

/** Throws a Failure. */
export function fail(kind: string, message: string): never {
  throw new Failure(kind, message);
}
