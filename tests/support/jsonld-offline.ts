// JSON-LD expansion with no network: the schema.org context is served from a local file, a
// faithful subset of https://schema.org/docs/jsonldcontext.json (its @vocab and the terms our
// ClaimReviews use with a non-default type: url as @id, dates as schema:Date).
import { readFileSync } from "node:fs";
import path from "node:path";
import jsonld from "jsonld";

const SCHEMA_ORG_CONTEXT = JSON.parse(readFileSync(path.join(__dirname, "../fixtures/reports/schema-org-context.json"), "utf8")) as object;
const KNOWN = new Set(["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/", "https://schema.org/docs/jsonldcontext.json"]);

export const offlineDocumentLoader = async (url: string) => {
  if (KNOWN.has(url)) return { contextUrl: undefined, documentUrl: url, document: SCHEMA_ORG_CONTEXT };
  throw new Error(`No network in tests: refused to load ${url}`);
};

// schema.org's own context maps terms to http://schema.org/ (its @vocab), whatever the context URL.
export const SCHEMA = "http://schema.org/";

export async function expandOffline(document: object) {
  return jsonld.expand(document as never, { documentLoader: offlineDocumentLoader as never });
}

/** Every node in an expanded JSON-LD document of the given type, depth-first. */
export function nodesOfType(expanded: unknown, type: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (value && typeof value === "object") {
      const node = value as Record<string, unknown>;
      if (Array.isArray(node["@type"]) && (node["@type"] as string[]).includes(type)) found.push(node);
      Object.values(node).forEach(visit);
    }
  };
  visit(expanded);
  return found;
}

/** The first @value (or @id) of a property of an expanded node. */
export function valueOf(node: Record<string, unknown> | undefined, property: string): unknown {
  const values = node?.[property] as { "@value"?: unknown; "@id"?: unknown }[] | undefined;
  return values?.[0]?.["@value"] ?? values?.[0]?.["@id"];
}

export function nodeOf(node: Record<string, unknown> | undefined, property: string): Record<string, unknown> | undefined {
  return (node?.[property] as Record<string, unknown>[] | undefined)?.[0];
}
