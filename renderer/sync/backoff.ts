// Full-jitter exponential backoff (AWS architecture blog): a uniform random delay between 0 and
// min(cap, base·2^attempt), so many clients retrying after an outage do not arrive in step.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

export function fullJitter(attempt: number, random: () => number, base = BACKOFF_BASE_MS, cap = BACKOFF_CAP_MS): number {
  const ceiling = Math.min(cap, base * 2 ** Math.max(0, attempt));
  // Never below the base: a retry storm at 0 ms helps nobody.
  return Math.max(base, Math.floor(random() * ceiling));
}
