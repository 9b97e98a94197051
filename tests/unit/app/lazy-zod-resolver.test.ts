// The forms' resolver loads the shared schema on first validation; when it cannot be fetched the
// values go through to the server (which validates them with the same schema), and the next
// validation tries again.
import { describe, expect, it } from "vitest";
import type { ResolverOptions } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { signInSchema, type SignInInput } from "@/lib/validation/sign-in";

const options = { fields: {}, shouldUseNativeValidation: false } as ResolverOptions<SignInInput>;

describe("lazyZodResolver", () => {
  it("validates with the loaded schema, loading it once", async () => {
    let loads = 0;
    const resolver = lazyZodResolver<SignInInput, SignInInput>(async () => {
      loads++;
      return signInSchema;
    });
    const bad = await resolver({ email: "", password: "" }, undefined, options);
    expect(bad.errors.email?.message).toBe("Enter your email");
    expect(bad.errors.password?.message).toBe("Enter your password");
    const good = await resolver({ email: "  editor@claimdesk.test ", password: "secret" }, undefined, options);
    expect(good.errors).toEqual({});
    expect(good.values).toEqual({ email: "editor@claimdesk.test", password: "secret" });
    expect(loads).toBe(1);
  });

  it("lets the values through to the server when the schema cannot be fetched, and retries next time", async () => {
    let attempts = 0;
    const resolver = lazyZodResolver<SignInInput, SignInInput>(async () => {
      attempts++;
      if (attempts === 1) throw new TypeError("Failed to fetch dynamically imported module");
      return signInSchema;
    });
    const offline = await resolver({ email: "", password: "" }, undefined, options);
    expect(offline).toEqual({ values: { email: "", password: "" }, errors: {} });
    const back = await resolver({ email: "", password: "" }, undefined, options);
    expect(back.errors.email?.message).toBe("Enter your email");
    expect(attempts).toBe(2);
  });
});
