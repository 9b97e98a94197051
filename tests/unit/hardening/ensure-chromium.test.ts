// A fresh machine: with no browser where it was asked for, `npm test` says in one line what to run.
// (The install branch runs apt-get as root; .ci/run on a fresh machine exercises it.)
import { afterEach, describe, expect, it } from "vitest";
import { ensureChromium } from "@/scripts/support/ensure-chromium";

describe("ensureChromium", () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it("accepts a browser that is there", () => {
    expect(ensureChromium(process.execPath)).toEqual({ ok: true });
  });

  it("stops with the one-line instruction when an explicitly named browser is missing", () => {
    process.env.CHROMIUM_PATH = "/nonexistent/chromium";
    const result = ensureChromium("/nonexistent/chromium");
    expect(result.ok).toBe(false);
    const message = (result as { message: string }).message;
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toContain("apt-get install -y chromium");
  });
});
