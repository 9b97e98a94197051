// zod stays out of every page's first-load JavaScript (issue 12, docs/bundle.md): forms load their
// schema with `import()` on first validation (components/forms/lazy-zod-resolver.ts). This follows
// every "use client" module's static imports — through our own modules (not into "use server"
// modules, whose code stays on the server), and into the packages they import — and fails on any static path that reaches zod, naming the path.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../../..");
const SOURCE_DIRS = ["app", "components", "lib"];
const EXTENSIONS = [".ts", ".tsx", ".js", ".mjs", ".jsx"];
const isZod = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(name) && !name.endsWith(".d.ts") ? [full] : [];
  });
}

function parse(file: string) {
  return ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
}

function directive(file: string): string | null {
  const first = parse(file).statements[0];
  return first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : null;
}
const isClientModule = (file: string) => directive(file) === "use client";
// A client module importing a "use server" module gets references to its actions, not its code.
const isServerActionModule = (file: string) => directive(file) === "use server";

/** Specifiers a module imports in a way the bundler keeps: not `import type`, not `import()`. */
export function staticImports(file: string): string[] {
  const specifiers: string[] = [];
  for (const statement of parse(file).statements) {
    if (ts.isImportDeclaration(statement)) {
      if (statement.importClause?.isTypeOnly) continue;
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers;
}

function resolveSource(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(ROOT, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

// Inside a package: the files its entry reaches through its own relative imports, and the bare
// specifiers they name (a package's code is bundled as written, so a regex over it is enough).
const PACKAGE_IMPORT = /(?:\bfrom\s*|\bimport\s*|\brequire\s*\(\s*)["']([^"']+)["']/g;
const packageCache = new Map<string, string[]>();
function packageBareImports(entry: string): string[] {
  const cached = packageCache.get(entry);
  if (cached) return cached;
  const bare = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !/\.(c|m)?js$/.test(file)) continue;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(PACKAGE_IMPORT)) {
      if (!specifier) continue;
      if (specifier.startsWith(".")) {
        try {
          queue.push(createRequire(file).resolve(specifier));
        } catch {
          // A file the package names but does not ship cannot be bundled either.
        }
      } else bare.add(specifier);
    }
  }
  const result = [...bare];
  packageCache.set(entry, result);
  return result;
}

/** The first static import path from `start` to zod, or null. */
export function pathToZod(start: string): string[] | null {
  const previous = new Map<string, string | null>([[start, null]]);
  const queue = [start];
  const trail = (node: string) => {
    const steps: string[] = [];
    for (let at: string | null | undefined = node; at; at = previous.get(at)) steps.unshift(path.relative(ROOT, at) || at);
    return steps;
  };
  while (queue.length) {
    const file = queue.shift()!;
    for (const specifier of staticImports(file)) {
      if (isZod(specifier)) return [...trail(file), specifier];
      if (/\.(css|svg|png|json)$/.test(specifier)) continue;
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const next = resolveSource(file, specifier);
        if (!next) throw new Error(`${path.relative(ROOT, file)}: cannot resolve ${specifier}`);
        if (!previous.has(next) && !isServerActionModule(next)) {
          previous.set(next, file);
          queue.push(next);
        }
        continue;
      }
      let entry: string;
      try {
        entry = createRequire(file).resolve(specifier);
      } catch {
        continue; // Not installed for Node (a browser-only or virtual module): nothing to follow.
      }
      const viaPackage = packageBareImports(entry).find(isZod);
      if (viaPackage) return [...trail(file), specifier, viaPackage];
    }
  }
  return null;
}

const clientModules = SOURCE_DIRS.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter(isClientModule);

describe("zod is not in any page's first-load JavaScript", () => {
  it("finds the client modules", () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it.each(clientModules.map((file) => [path.relative(ROOT, file), file]))("%s has no static import path to zod", (_name, file) => {
    expect(pathToZod(file)).toBeNull();
  });

  it("sees a path when there is one", () => {
    // The validation modules themselves import zod: the walk must find it from one of them.
    expect(pathToZod(path.join(ROOT, "lib/validation/sign-in.ts"))).toEqual(["lib/validation/sign-in.ts", "zod"]);
    expect(pathToZod(path.join(ROOT, "components/forms/zod-validation.ts"))?.at(-1)).toBe("zod");
  });
});
