// Browser-side validation without zod in the page's first-load JavaScript (issue 12: zod alone
// weighs ≈ 44 kB gzip). A form names its schema by a loader — `() => import("@/lib/validation/x")
// .then((m) => m.xSchema)` — so the server action and the form still share one schema, and the
// schema module, zod and `@hookform/resolvers/zod` are fetched on the form's first validation
// (its first submit), then reused.
//
// If that chunk cannot be fetched (the connection dropped, or a deploy replaced the build under
// an open page), the form does not block: the values go to the server unchecked, and the server's
// own validation with the same schema answers (actions return field errors, which useActionForm
// puts next to the fields). The next validation tries the chunk again.
import type { FieldValues, Resolver } from "react-hook-form";

export type SchemaLoader<S> = () => Promise<S>;

/** Loads `schema` through `loader` once, the first time it is needed; a failed load is retried next time. */
export function lazyLoad<S>(loader: SchemaLoader<S>): () => Promise<S> {
  let loading: Promise<S> | undefined;
  return () => {
    loading ??= loader().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

export function lazyZodResolver<Input extends FieldValues, Output>(loader: SchemaLoader<unknown>): Resolver<Input, unknown, Output> {
  const load = lazyLoad(() =>
    // The validation module configures zod for the CSP before it builds any schema; schema modules
    // do the same themselves (lib/validation/zod-config.ts), so the order the two arrive in does not matter.
    Promise.all([import("./zod-validation"), loader()]).then(([{ schemaResolver }, schema]) => schemaResolver<Input, Output>(schema)),
  );
  return async (values, context, options) => {
    let resolver: Resolver<Input, unknown, Output>;
    try {
      resolver = await load();
    } catch {
      // Offline or a missing chunk: let the server validate (see above).
      return { values: values as unknown as Output, errors: {} };
    }
    return resolver(values, context, options);
  };
}
