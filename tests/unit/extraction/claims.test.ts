import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import path from "node:path";
import { extractArticle, extractClaims, type ExtractedClaim } from "@/lib/extraction";
import { FIXTURES, read, SEED_PLAIN, SEED_TAGGED } from "./helpers";

const one = (text: string): ExtractedClaim => {
  const claims = extractClaims(text);
  expect(claims, text).toHaveLength(1);
  return claims[0]!;
};

describe("claim types and structured fields", () => {
  it("quantity: value, unit, comparator and period", () => {
    const c = one("Xiaomi expects to sell about 20 million handsets in 2013.");
    expect(c.type).toBe("quantity");
    expect(c.text).toBe("Xiaomi expects to sell about 20 million handsets in 2013");
    expect(c.quantity).toEqual({ value: 20_000_000, unit: "handsets", comparator: "about", period: "2013" });
  });

  it("percentage: number words and 'fewer than' normalised", () => {
    const c = one("Fewer than five percent of phones sold in Indonesia are sold online.");
    expect(c.type).toBe("percentage");
    expect(c.text).toMatch(/^Under 5% of phones sold in Indonesia are sold online$/);
    expect(c.quantity).toMatchObject({ value: 5, unit: "%", comparator: "under" });
  });

  it("money: amount and ISO currency", () => {
    const c = one("The Mi 3 phone costs $326.");
    expect(c.type).toBe("money");
    expect(c.money).toEqual({ amount: 326, currency: "USD" });
    const won = one("Net profit rose to 1.9 trillion won last year.");
    expect(won.money).toEqual({ amount: 1.9e12, currency: "KRW" });
  });

  it("date_event: a dated event, resolved to its subject", () => {
    const c = one("Hugo Barra, the former Google official who joined Xiaomi in October, spoke on Monday.");
    expect(c.type).toBe("date_event");
    expect(c.text).toBe("Hugo Barra joined Xiaomi in October");
  });

  it("date_event without a date: a named past event", () => {
    const c = one("Xiaomi opened a data center in Singapore.");
    expect(c.type).toBe("date_event");
  });

  it("comparison", () => {
    const c = one("Nusaride's commission is lower than Grab's commission in Jakarta.");
    expect(c.type).toBe("comparison");
  });

  it("ranking", () => {
    const c = one("Hanwol is the world's second-largest maker of memory chips.");
    expect(c.type).toBe("ranking");
  });

  it("prediction", () => {
    const c = one("Barra said that Xiaomi will begin sales in Indonesia next year.");
    expect(c.type).toBe("prediction");
    expect(c.attribution).toMatchObject({ speaker: "Barra", cue: "said" });
  });

  it("attribution: a reported statement with speaker and cue, frame removed from the text", () => {
    const c = one("Xiaomi is seeing the same kind of reception in Indonesia, Forrester analyst Bryan Wang says.");
    expect(c.type).toBe("attribution");
    expect(c.attribution).toMatchObject({ speaker: "Bryan Wang", cue: "says", asWritten: "Forrester analyst Bryan Wang" });
    expect(c.text).toBe("Xiaomi is seeing the same kind of reception in Indonesia");
  });

  it("entities: people, organisations and places", () => {
    const c = one("Hugo Barra said Xiaomi sold 2,000 phones in Jakarta.");
    expect(c.entities).toEqual(
      expect.arrayContaining([
        { text: "Hugo Barra", kind: "person" },
        { text: "Xiaomi", kind: "organization" },
        { text: "Jakarta", kind: "place" },
      ]),
    );
  });

  it("two figures in one clause become two claims", () => {
    const claims = extractClaims("The forum has more than five million users in China and more than 100,000 in India.");
    expect(claims.map((c) => c.quantity?.value)).toEqual([5_000_000, 100_000]);
  });

  it("a baseline after 'up from' stays in the claim's wording and is stored as a number, and checked as a claim of its own", () => {
    const claims = extractClaims("The company completes about 300,000 rides a day, up from 120,000 a year ago.");
    expect(claims).toHaveLength(2);
    expect(claims[0]!.text).toMatch(/up from 120,000 a year ago$/);
    expect(claims[0]!.quantity).toMatchObject({ value: 300_000, baseline: { value: 120_000, period: "a year ago" } });
    expect(claims[1]).toMatchObject({ type: "comparison", quantity: { value: 120_000 } });
  });
});

describe("robustness", () => {
  it("treats words that are Object.prototype keys as ordinary words", () => {
    const c = one("The constructor sold 5 toString units in 2019.");
    expect(c.quantity).toMatchObject({ value: 5, unit: "toString units", period: "2019" });
  });
});

describe("non-claims", () => {
  it.each([
    "",
    "   \n\n  ",
    "I think we should do much better than that.",
    "What will the company do next year?",
    "Let me be very clear about this.",
    "We want to be early adopters.",
  ])("gives no claim for %j", (text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe("pronouns and descriptions resolve to the named entity", () => {
  it("'He' and 'the company' in later sentences", () => {
    const claims = extractClaims(
      "Hugo Barra joined Xiaomi from Google last year. He says the company sold 2,000 phones in one day in Jakarta.",
    );
    const phones = claims.find((c) => c.quantity?.value === 2000)!;
    expect(phones.attribution).toMatchObject({ speaker: "Hugo Barra", cue: "says" });
    expect(phones.text).toBe("Xiaomi sold 2,000 phones in one day in Jakarta");
  });

  it("'Mr. Barra' and 'its' in the tagged seed", () => {
    const { claims } = extractArticle(read(SEED_TAGGED));
    const forums = claims.find((c) => c.quantity?.value === 21)!;
    expect(forums.attribution?.speaker).toBe("Hugo Barra");
    expect(claims.find((c) => c.money?.amount === 326)!.text).toMatch(/^Xiaomi's flagship Mi 3 phone costs \$326/);
  });
});

describe("seeds", () => {
  it("finds '20 million handsets in 2013' and 'under 5% … online'", () => {
    const tagged = extractArticle(read(SEED_TAGGED)).claims.map((c) => c.text);
    const plain = extractArticle(read(SEED_PLAIN)).claims.map((c) => c.text);
    expect(tagged.some((t) => /20 million handsets in 2013/.test(t))).toBe(true);
    expect(plain.some((t) => /under 5%.*online/i.test(t))).toBe(true);
  });
});

describe("offsets", () => {
  const files = [SEED_PLAIN, SEED_TAGGED, ...readdirSync(FIXTURES).map((f) => path.join(FIXTURES, f))];

  it.each(files.map((f) => [path.basename(f), f]))("quote === body.slice(start, end) for every claim of %s", (_name, file) => {
    const { article, claims } = extractArticle(read(file));
    expect(claims.length).toBeGreaterThan(3);
    for (const c of claims) {
      expect(article.body.slice(c.start, c.end)).toBe(c.quote);
      expect(c.quote).toBe(c.quote.trim());
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0);
      expect(c.checkworthiness).toBeLessThanOrEqual(1);
    }
  });

  it("are UTF-16 code-unit offsets, past astral characters", () => {
    const body = "😀😀\n\nÉmile’s firm — “Lumo” — sold 3,000 bikes in 2019. 😀 It sold 😀 4,000 bikes in 2020.";
    const claims = extractClaims(body);
    expect(claims).toHaveLength(2);
    expect(claims[0]!.start).toBe(6);
    for (const c of claims) expect(body.slice(c.start, c.end)).toBe(c.quote);
    expect(claims[1]!.quote).toMatch(/It sold 😀 4,000 bikes in 2020\.$/);
  });

  it("is deterministic", () => {
    const raw = read(SEED_TAGGED);
    expect(JSON.stringify(extractArticle(raw))).toBe(JSON.stringify(extractArticle(raw)));
  });
});

describe("large input", () => {
  it("handles 1 MB of text with offsets into the whole body", () => {
    const unit = read(FIXTURES + "/tagged-chipmaker.txt").split("<Content:>")[1]!;
    let body = "";
    while (body.length < 1_000_000) body += unit;
    const claims = extractClaims(body);
    expect(claims.length).toBeGreaterThan(1000);
    const last = claims[claims.length - 1]!;
    expect(last.start).toBeGreaterThan(900_000);
    expect(body.slice(last.start, last.end)).toBe(last.quote);
  }, 60_000);
});
