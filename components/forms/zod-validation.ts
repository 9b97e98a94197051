// The zod half of browser-side validation, loaded only by `import()` from lazy-zod-resolver.ts:
// no page's first-load JavaScript may import this module statically
// (tests/unit/app/client-bundle.test.ts checks that).
import "@/lib/validation/zod-config"; // no eval under the CSP, before any schema is used
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";

export function schemaResolver<Input extends FieldValues, Output>(schema: unknown): Resolver<Input, unknown, Output> {
  // The resolver's generics cannot follow a schema only known at run time; the form's types come
  // from the schema the loader names.
  return zodResolver(schema as never) as unknown as Resolver<Input, unknown, Output>;
}
