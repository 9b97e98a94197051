// An article's annotations as W3C Web Annotation JSON-LD (a download; viewers may read notes too).
import { z } from "zod";
import { defineRoute } from "@/lib/actions/define-route";
import { getDb } from "@/lib/db";
import { annotationsJsonLd } from "@/lib/annotations/annotations-jsonld";

export const GET = defineRoute({
  name: "annotations.jsonld",
  role: "VIEWER",
  query: z.object({ article: z.string().min(1).max(100) }),
  run: async ({ article }, _user, request) => {
    const collection = await annotationsJsonLd(getDb(), article, new URL(request.url).origin);
    return new Response(JSON.stringify(collection, null, 2), {
      headers: {
        "content-type": 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
        "content-disposition": `attachment; filename="annotations-${article}.jsonld"`,
      },
    });
  },
});
