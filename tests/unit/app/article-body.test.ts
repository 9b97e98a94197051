import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ArticleBody, type MarkedClaim } from "@/components/article-body";
import { claimTone, strongestTone } from "@/lib/claims/claim-tone";

const body = "Sales rose 40% in 2023 to $3 billion. Barra said more is coming.";
const claim = (id: string, start: number, end: number, extra: Partial<MarkedClaim> = {}): MarkedClaim => ({
  id,
  start,
  end,
  text: `claim ${id}`,
  status: "UNREVIEWED",
  verdict: null,
  ...extra,
});

function render(claims: MarkedClaim[]): string {
  return renderToStaticMarkup(createElement(ArticleBody, { body, claims }));
}

/** The text of the marked-up article: the container holds only inline marks, no nested divs. */
function articleText(html: string): string {
  const inner = html.slice(html.indexOf('data-testid="article-body">') + 'data-testid="article-body">'.length, html.indexOf("</div>"));
  return inner.replace(/<[^>]+>/g, "").replace(/&amp;/g, "&").replace(/&#x27;/g, "'").replace(/&quot;/g, '"');
}

describe("ArticleBody", () => {
  it("keeps the text container's text exactly the article body, pickers outside it", () => {
    const html = render([claim("a", 0, 37), claim("b", 11, 14, { status: "VERIFIED", verdict: "FALSE" })]);
    expect(articleText(html)).toBe(body);
    expect(html.indexOf("popover=")).toBeGreaterThan(html.indexOf("</div>"));
  });

  it("links a run covered by one claim, and gives a run covered by several a picker listing each", () => {
    const html = render([claim("a", 0, 37), claim("b", 11, 14, { status: "VERIFIED", verdict: "FALSE" })]);
    expect(html).toMatch(/<a class="claim-mark tone-unreviewed"[^>]*data-claim-ids="a"[^>]*href="\/claims\/a">Sales rose <\/a>/);
    // HTML attribute names are case-insensitive: the browser reads popoverTarget as popovertarget.
    const overlap = html.match(/<button type="button" popovertarget="([^"]+)" class="claim-mark tone-verified-false claim-mark-overlap"[^>]*data-claim-ids="a b"[^>]*>40%<\/button>/i);
    expect(overlap).not.toBeNull();
    const picker = html.slice(html.indexOf(`id="${overlap![1]}"`));
    expect([...picker.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/claims/a", "/claims/b"]);
    expect(picker).toContain("Verified, False");
  });
});

describe("claim tones", () => {
  it("tells review states and verdict directions apart", () => {
    expect(claimTone({ status: "UNREVIEWED", verdict: null })).toBe("unreviewed");
    expect(claimTone({ status: "IN_REVIEW", verdict: null })).toBe("in-review");
    expect(claimTone({ status: "DISMISSED", verdict: null })).toBe("dismissed");
    expect(claimTone({ status: "VERIFIED", verdict: "MOSTLY_TRUE" })).toBe("verified-true");
    expect(claimTone({ status: "VERIFIED", verdict: "MISLEADING" })).toBe("verified-false");
    expect(claimTone({ status: "VERIFIED", verdict: "UNPROVEN" })).toBe("verified-mixed");
  });

  it("shows the state an editor most needs to see where claims overlap", () => {
    expect(strongestTone(["verified-true", "unreviewed"])).toBe("unreviewed");
    expect(strongestTone(["unreviewed", "verified-false"])).toBe("verified-false");
    expect(strongestTone(["dismissed", "verified-true"])).toBe("verified-true");
  });
});
