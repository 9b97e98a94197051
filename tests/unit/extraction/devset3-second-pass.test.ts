// Issue 10, development set 3, second pass: classes read off the set's remaining extras. Every
// sentence here is new, written for these tests (never one of the set's own).
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";

describe("quoted words about an unresolved 'this', 'that', 'it' or 'they' are no claim", () => {
  it("a remark with no figure, date or name in the words gives nothing", () => {
    expect(extractClaims("\"This was a messy season,\" said Lorna Pike of Hadley Partners, who follows the league.")).toEqual([]);
    expect(extractClaims("\"That's good enough for the farmers,\" said Ivo Strand, 58, a feed merchant.")).toEqual([]);
    expect(extractClaims("\"They never listen,\" said Dora Quell of the Fenwick residents' group.")).toEqual([]);
  });

  it("also when the quotation ran over two sentences and its frame was missed", () => {
    const claims = extractClaims("Tenants are wary. \"They will find an excuse. They usually manage it,\" said Bram Okafor of the Lindell tenants' union.");
    expect(claims.some((c) => /usually manage/.test(c.text))).toBe(false);
  });

  it("a figure, a date or a name in the words keeps the claim", () => {
    expect(extractClaims("\"It lost 4,200 customers in the spring,\" said Lorna Pike.").some((c) => c.quantity?.value === 4200)).toBe(true);
    expect(extractClaims("\"They closed the Marrow Street depot on June 2,\" said Ivo Strand.").length).toBeGreaterThan(0);
    expect(extractClaims("\"They will never sell as many Pellow phones in Ostria as they do at home,\" said Dora Quell, an analyst.").length).toBeGreaterThan(0);
  });

  it("a demonstrative that names its noun is not a bare pronoun", () => {
    expect(extractClaims("\"That depot closed in 2019,\" said Ivo Strand.").some((c) => /2019/.test(c.text))).toBe(true);
  });

  it("a resolved pronoun still names its party", () => {
    const claims = extractClaims("Harlow Rail cut its timetable last week. \"It dropped the night trains to Vessel,\" said Mina Lu, a union official.");
    expect(claims.some((c) => /night trains/.test(c.text))).toBe(true);
  });
});

describe("a supposed speaker ('would argue', 'might say') is no statement on record", () => {
  it("what someone would say gives no claim, even with a figure", () => {
    expect(extractClaims("Landlords would say rents rose 4% last year.")).toEqual([]);
    expect(extractClaims("Shop owners might argue that was a poor return on the grant.")).toEqual([]);
  });

  it("a reported plan to argue is not a supposition", () => {
    expect(extractClaims("Ilsa Grant said she would argue the case at the Vell High Court on May 4.").length).toBeGreaterThan(0);
  });
});

describe("a small count in words in someone's own words is no figure", () => {
  it("a quoted anecdote counting in words gives no quantity claim", () => {
    const claims = extractClaims("\"I've sailed with them five times. Never again,\" said Petra Lund, a retired ferry pilot.");
    expect(claims.some((c) => c.quantity?.value === 5)).toBe(false);
  });

  it("the reporter's own small count still anchors a claim", () => {
    expect(extractClaims("Harlow Rail has closed three stations in Vell since 2021.").length).toBeGreaterThan(0);
    expect(extractClaims("Petra Lund served three terms on the Vell harbour board.").some((c) => c.quantity?.value === 3)).toBe(true);
  });
});
