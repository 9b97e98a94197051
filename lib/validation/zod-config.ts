// zod compiles object parsers with `new Function` unless told not to; its feature probe alone is
// reported as a CSP violation ("script-src eval") in the browser, where our policy forbids eval.
// Imported for its side effect by the client-side form hooks, before any schema is parsed there.
import { z } from "zod";

z.config({ jitless: true });
