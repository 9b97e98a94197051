// D3: sign-in attempts are limited per account and per address; 429 with Retry-After past the limit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { recordSignInFailure, recordSignInSuccess, signInRetryAfter, SIGN_IN_LIMITS } from "@/lib/auth/sign-in-throttle";
import { throttleSignIn } from "@/lib/auth/throttle-sign-in-request";
import { clientAddress } from "@/lib/auth/client-address";

const unique = () => randomUUID().slice(0, 8);

function signInRequest(email: string, address: string) {
  return new Request("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": address },
    body: new URLSearchParams({ email, password: "wrong", csrfToken: "t", json: "true" }),
  });
}

describe("sign-in throttle", () => {
  it("locks an account after its failures, for every address, and a success clears the count", async () => {
    const email = `victim-${unique()}@example.test`;
    for (let i = 0; i < SIGN_IN_LIMITS.account.points - 1; i++) await recordSignInFailure(email, `10.0.0.${i}`);
    expect(await signInRetryAfter(email, "10.9.9.9")).toBe(0);
    await recordSignInSuccess(email);
    for (let i = 0; i < SIGN_IN_LIMITS.account.points; i++) await recordSignInFailure(email.toUpperCase(), `10.0.1.${i}`);
    const wait = await signInRetryAfter(email, "10.9.9.9");
    expect(wait).toBeGreaterThan(60);
    expect(wait).toBeLessThanOrEqual(SIGN_IN_LIMITS.account.duration);

    const response = await throttleSignIn(signInRequest(email, "10.8.8.8"));
    expect(response?.status).toBe(429);
    expect(Number(response?.headers.get("retry-after"))).toBeGreaterThan(60);
    const body = (await response!.json()) as { url: string; message: string };
    expect(new URL(body.url).searchParams.get("error")).toMatch(/^RATE_LIMITED:\d+$/);
    expect(body.message).toMatch(/Too many failed sign-ins.*Try again in \d+ minutes/);
  });

  it("locks an address that tries many accounts", async () => {
    const address = `203.0.113.${Math.floor(Math.random() * 200)}-${unique()}`;
    for (let i = 0; i < SIGN_IN_LIMITS.address.points; i++) await recordSignInFailure(`user${i}-${unique()}@example.test`, address);
    expect(await signInRetryAfter(`fresh-${unique()}@example.test`, address)).toBeGreaterThan(0);
    expect((await throttleSignIn(signInRequest(`fresh-${unique()}@example.test`, address)))?.status).toBe(429);
    // Another address, another account: unaffected.
    expect(await throttleSignIn(signInRequest(`fresh-${unique()}@example.test`, `198.51.100.${unique()}`))).toBeNull();
  });

  it("leaves other next-auth requests and unreadable bodies alone", async () => {
    expect(await throttleSignIn(new Request("http://localhost:3000/api/auth/signout", { method: "POST" }))).toBeNull();
    const garbage = new Request("http://localhost:3000/api/auth/callback/credentials", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(await throttleSignIn(garbage)).toBeNull();
  });

  it("takes the address a proxy appended, not one a client put first", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "1.1.1.1, 10.0.0.7" }))).toBe("10.0.0.7");
    expect(clientAddress({ "x-forwarded-for": "10.0.0.8" })).toBe("10.0.0.8");
    expect(clientAddress(undefined)).toBe("unknown");
  });
});
