/** At most `size` holders at once; the others wait in order. */
export function semaphore(size: number) {
  let free = size;
  const waiting: Array<() => void> = [];
  return {
    acquire: (): Promise<void> => (free > 0 ? (free--, Promise.resolve()) : new Promise((r) => waiting.push(r))),
    release: () => {
      const next = waiting.shift();
      if (next) next();
      else free++;
    },
  };
}
