// Shared by the server (429 answer) and the sign-in form: no server-only imports here.

/** The code the sign-in form receives: "RATE_LIMITED:<seconds>". */
export const RATE_LIMITED = "RATE_LIMITED";

export function rateLimitMessage(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many failed sign-ins for this account or from this address. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
