/**
 * How long a stream (standard input, a pipe) may keep the next line before the lines already
 * read are checked without it: a report never waits on a line that has not been written yet.
 */
export const streamWaitMs = 100;

/** Whether `promise` settles within `ms` milliseconds. */
export async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
