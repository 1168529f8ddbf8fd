import type { LineInput } from "../io.js";

/** Lines already read (`head`), then the rest of an iterator still being read. */
export async function* chainLines(
  head: readonly string[],
  rest: AsyncIterator<string>,
): AsyncGenerator<string> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * The lines of a fleet in groups, for `checkFleetInProcess`: those already read (`head`), then
 * the line of a read under way (`pending`), then the rest of `source`, in the groups it gives
 * (`lineGroups`) or else a line at a time from `rest`, its own iterator.
 */
export async function* chainGroups(
  head: readonly string[],
  pending: Promise<IteratorResult<string>> | undefined,
  rest: AsyncIterator<string>,
  source: LineInput,
): AsyncGenerator<readonly string[]> {
  if (head.length > 0) yield head;
  if (pending) {
    const next = await pending;
    if (next.done) return;
    yield [next.value];
  }
  if (source.lineGroups) {
    yield* source.lineGroups();
    return;
  }
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield [next.value];
}
