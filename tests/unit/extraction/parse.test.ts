import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { extractClaims, InvalidArticleError, parseArticle } from "@/lib/extraction";
import { FIXTURES, read, SEED_PLAIN, SEED_TAGGED } from "./helpers";

describe("plain seed (section label, headline, sub-headings, trailers)", () => {
  const a = parseArticle(read(SEED_PLAIN));

  it("takes the second line as headline and the first as section label", () => {
    expect(a.format).toBe("plain");
    expect(a.section).toBe("Breaking News");
    expect(a.title).toBe('"Xiaomi want to be part of everything that Google does" - Hugo Barra');
  });

  it("turns 'Source: techinasia' into the outlet and drops the trailers", () => {
    expect(a.outlet).toBe("techinasia");
    expect(a.body).not.toMatch(/Source: techinasia/);
    expect(a.body).not.toMatch(/No comments/);
    expect(a.body.endsWith("for people outside China.")).toBe(true);
    expect(a.publishedAt).toBeNull();
  });

  it("keeps sub-headings as lines but never makes claims of them", () => {
    expect(a.body).toMatch(/^Offline flash sales$/m);
    expect(a.body).toMatch(/^Privacy kerfuffle$/m);
    const claims = extractClaims(a.body);
    for (const heading of ["Offline flash sales", "Privacy kerfuffle"]) {
      const at = a.body.indexOf(heading);
      expect(claims.some((c) => c.start <= at && c.end > at)).toBe(false);
    }
  });
});

describe("tagged seed (byline in <title:>, date, dateline, contributor, licence)", () => {
  const a = parseArticle(read(SEED_TAGGED));

  it("reads the byline as author and derives a headline from the lead", () => {
    expect(a.format).toBe("tagged");
    expect(a.author).toBe("Paul Mozur");
    expect(a.title).not.toMatch(/^By /);
    expect(a.title).toMatch(/^Xiaomi Inc\. is looking to tap its international fan base/);
    expect(a.title.length).toBeLessThanOrEqual(100);
  });

  it("parses the date tag and infers the outlet from the licence trailer", () => {
    expect(a.publishedAt).toBe("2013-12-18");
    expect(a.outlet).toBe("Dow Jones");
  });

  it("moves the dateline, contributor line and licence out of the body", () => {
    expect(a.dateline).toBe("BEIJING");
    expect(a.body.startsWith("Xiaomi Inc., the startup")).toBe(true);
    expect(a.contributors).toEqual(["Yang Jie"]);
    expect(a.body).not.toMatch(/contributed to this article|License this article|^---$/m);
    expect(a.body.endsWith("applicable beyond China.")).toBe(true);
  });
});

describe("other formats", () => {
  it("parses JSON with its metadata fields", () => {
    const a = parseArticle(read(path.join(FIXTURES, "json-ev-sales.json")));
    expect(a).toMatchObject({
      format: "json",
      title: "Electric car sales jump in Norway",
      author: "Ingrid Solberg",
      outlet: "Nordic Wire",
      publishedAt: "2016-01-05",
      url: "https://example.com/norway-ev",
    });
    expect(a.body.startsWith("Electric cars accounted for 22 percent")).toBe(true);
  });

  it("parses Markdown: front matter, headline, byline, markup removed", () => {
    const a = parseArticle(read(path.join(FIXTURES, "markdown-payments.md")));
    expect(a).toMatchObject({ format: "markdown", title: "Paylane hits 10 million users in the Philippines", author: "Marco Reyes", publishedAt: "2015-06-09", dateline: "MANILA" });
    expect(a.body).not.toMatch(/\*\*|\]\(|^#|^- /m);
    expect(a.body).toMatch(/^Merchants$/m);
    expect(a.body).toMatch(/chief operating officer Ana Lim said/);
  });

  it("parses Markdown without front matter", () => {
    const a = parseArticle("# Rates held\n\n*By Jo Lee*\n\nThe central bank kept its rate at **5.25%** on Thursday, [officials](http://x) said.\n");
    expect(a).toMatchObject({ format: "markdown", title: "Rates held", author: "Jo Lee" });
    expect(a.body).toBe("The central bank kept its rate at 5.25% on Thursday, officials said.");
  });

  it("reads a plain article whose first line is followed by prose as headline + body, with a byline", () => {
    const a = parseArticle("Port traffic falls\nBy Sam Ortiz\nCargo volumes at the port fell 8% in May, the authority said on Friday.\n\nCopyright 2020 Harbour Times. All rights reserved.");
    expect(a).toMatchObject({ format: "plain", title: "Port traffic falls", author: "Sam Ortiz", section: null });
    expect(a.body).toBe("Cargo volumes at the port fell 8% in May, the authority said on Friday.");
  });

  it("takes a format hint instead of detecting", () => {
    const a = parseArticle('{"title": "x"}', { format: "plain" });
    expect(a.format).toBe("plain");
  });

  it("rejects binary text with a clear error", () => {
    expect(() => parseArticle("abc\u0000def")).toThrow(InvalidArticleError);
    expect(() => parseArticle("\uFFFD\uFFFD\uFFFD\uFFFDxx")).toThrow(/UTF-8/);
  });

  it("parses every fixture without losing the body", () => {
    for (const f of readdirSync(FIXTURES)) {
      const a = parseArticle(read(path.join(FIXTURES, f)));
      expect(a.body.length, f).toBeGreaterThan(300);
      expect(a.title, f).not.toBe("Untitled");
    }
  });
});
