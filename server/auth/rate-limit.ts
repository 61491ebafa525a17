// Fixed-window counter per address: failed logins only, so a shared office address that
// signs in correctly is never locked out, while guessing is capped.
export class LoginRateLimiter {
  private readonly failures = new Map<string, { count: number; windowStart: number }>();

  constructor(private readonly maxFailures: number, private readonly windowMs: number, private readonly now: () => number) {}

  /** Seconds until the address may try again, or 0 when it may try now. */
  retryAfter(address: string): number {
    const entry = this.failures.get(address);
    if (!entry) return 0;
    const elapsed = this.now() - entry.windowStart;
    if (elapsed >= this.windowMs) {
      this.failures.delete(address);
      return 0;
    }
    return entry.count >= this.maxFailures ? Math.ceil((this.windowMs - elapsed) / 1000) : 0;
  }

  recordFailure(address: string): void {
    const entry = this.failures.get(address);
    if (!entry || this.now() - entry.windowStart >= this.windowMs) this.failures.set(address, { count: 1, windowStart: this.now() });
    else entry.count += 1;
  }
}
