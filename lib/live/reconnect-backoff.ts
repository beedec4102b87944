const FIRST_DELAY_MS = 100;
const MAX_DELAY_MS = 15_000;

/**
 * How long to wait before reconnecting after `failures` consecutive failed or dropped connections: doubling from
 * 100 ms, capped at 15 s, and jittered over the upper half of that, so the console processes of a fleet do not all
 * knock on a recovering database at the same instant. Never zero, so a refused connection cannot become a busy loop.
 */
export function reconnectDelayMs(failures: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.min(Math.max(failures - 1, 0), 20));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
