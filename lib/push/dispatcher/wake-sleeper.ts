/** The claim loop's sleep: ends early when woken (a new notification) or stopped. */
export function createWakeSleeper(isStopping: () => boolean) {
  let woken = false;
  let interrupt: (() => void) | undefined;
  return {
    wake() {
      woken = true;
      interrupt?.();
    },
    /** Called right before a claim: that claim sees whatever an earlier wake announced. */
    forgetWakes() {
      woken = false;
    },
    sleep(ms: number): Promise<void> {
      // A wake that came during the claim (not seen by it) must not be slept through.
      if (woken || isStopping() || ms <= 0) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(done, ms);
        function done() {
          clearTimeout(timer);
          interrupt = undefined;
          resolve();
        }
        interrupt = done;
      });
    },
  };
}

export type WakeSleeper = ReturnType<typeof createWakeSleeper>;
