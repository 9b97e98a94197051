// The sentence-level decisions: the factuality model and the rules that weigh it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { analyze } from "@/lib/extraction/nlp";
import { factuality } from "@/lib/extraction/factuality/model";
import { featurize } from "@/lib/extraction/factuality/featurize";

const p = (text: string) => {
  const a = analyze(text);
  return factuality(a, 0, a.value.length - 1);
};

describe("factuality model", () => {
  it("reads reported facts as more factual than opinions, wishes and questions", () => {
    const facts = ["The company sold 2,000 phones in two stores last year.", "Unemployment rose to 7 percent in March.", "She served as governor for eight years."];
    const views = ["I think that is a terrible idea.", "We should all be proud of this country.", "What are you going to do about it?"];
    const lowestFact = Math.min(...facts.map(p));
    const highestView = Math.max(...views.map(p));
    expect(lowestFact).toBeGreaterThan(highestView);
  });

  it("is a probability, the same every time", () => {
    const value = p("Xiaomi opened a data center in Singapore.");
    expect(value).toBeGreaterThan(0);
    expect(value).toBeLessThan(1);
    expect(p("Xiaomi opened a data center in Singapore.")).toBe(value);
  });

  it("sees a sentence the same way whatever text surrounds it", () => {
    const alone = analyze("Sales rose 12 percent.");
    const inText = analyze("Opening line here.\n\nSales rose 12 percent.");
    const first = inText.value.findIndex((v) => v === "Sales");
    expect(featurize(inText, first, inText.value.length - 1).sort()).toEqual(featurize(alone, 0, alone.value.length - 1).sort());
  });
});

describe("decisions", () => {
  it("a factual statement with no figure, date or named source is still a claim", () => {
    const claims = extractClaims("The new law cut the waiting time for permits in half.");
    expect(claims).toHaveLength(1);
  });

  it("a goal with a deadline is a prediction, even in the first person", () => {
    const claims = extractClaims('"We want every bus in the fleet to be electric by 2030," the mayor said.');
    expect(claims.map((c) => c.type)).toContain("prediction");
    expect(claims.some((c) => c.text.includes("2030"))).toBe(true);
  });

  it("what a product can do is a claim about it", () => {
    const claims = extractClaims("The Orbit app can be installed on any phone sold in Kenya since 2019.");
    expect(claims.length).toBeGreaterThan(0);
  });

  it("a predicate in the speaker's own words is a characterisation, not a claim", () => {
    expect(extractClaims("Customers in Lagos are “loyal, patient and demanding,” Okafor says.")).toEqual([]);
  });

  it("the main clause is the claim, not the subordinate clause before it", () => {
    const [claim] = extractClaims("Even if a parcel arrives damaged, Okafor says Jumia refunds the customer within a day.");
    expect(claim?.text).toMatch(/^Jumia refunds the customer within a day/);
  });
});
