// Sign-in attempts are limited per account and per address (rate-limiter-flexible, in memory).
// Only failures count; a successful sign-in clears the account's count. Past the limit, sign-in
// answers 429 with Retry-After until the block ends.
//
// Why in memory: `next start` is one Node process, so one counter per process is exact; it needs
// no table, costs no database round trip per attempt, and keeps working when the database is
// down. A restart forgets the counts (an attacker gains one window per restart, which an operator
// would notice). Several app processes behind a balancer would move this to RateLimiterPostgres.
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

export const SIGN_IN_LIMITS = {
  /** Wrong passwords for one email before it is locked. */
  account: { points: 5, duration: 15 * 60, blockDuration: 15 * 60 },
  /** Failed sign-ins from one address (across all emails) before it is locked. */
  address: { points: 30, duration: 15 * 60, blockDuration: 15 * 60 },
} as const;

interface Limiters {
  account: RateLimiterMemory;
  address: RateLimiterMemory;
}

// One set per process: route handler bundles may load this module more than once.
const globalForLimits = globalThis as unknown as { claimdeskSignInLimiters?: Limiters };

function limiters(): Limiters {
  globalForLimits.claimdeskSignInLimiters ??= {
    account: new RateLimiterMemory({ keyPrefix: "signin-account", ...SIGN_IN_LIMITS.account }),
    address: new RateLimiterMemory({ keyPrefix: "signin-address", ...SIGN_IN_LIMITS.address }),
  };
  return globalForLimits.claimdeskSignInLimiters;
}

export function accountKey(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

function blockedFor(res: RateLimiterRes | null, points: number): number {
  if (!res || res.consumedPoints < points) return 0;
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Seconds until this email or address may try again; 0 when it may try now. */
export async function signInRetryAfter(email: string, address: string): Promise<number> {
  const { account, address: byAddress } = limiters();
  const [a, b] = await Promise.all([account.get(accountKey(email)), byAddress.get(address)]);
  return Math.max(blockedFor(a, SIGN_IN_LIMITS.account.points), blockedFor(b, SIGN_IN_LIMITS.address.points));
}

export async function recordSignInFailure(email: string, address: string): Promise<void> {
  const { account, address: byAddress } = limiters();
  // consume() rejects once the limit is passed; that rejection is the block itself, not an error.
  await Promise.allSettled([account.consume(accountKey(email)), byAddress.consume(address)]);
}

export async function recordSignInSuccess(email: string): Promise<void> {
  await limiters().account.delete(accountKey(email));
}
