// zod compiles object parsers with `new Function` unless told not to, and probes for it when an
// object schema is BUILT; the probe alone is reported as a CSP violation ("script-src eval") in the
// browser, where our policy forbids eval. Imported for its side effect by safe-text.ts,
// form-helpers.ts and sign-in.ts: a schema module importing any of them gets this first (ES modules
// run their imports before their own body).
import { z } from "zod";

z.config({ jitless: true });
