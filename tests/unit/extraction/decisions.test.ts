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

  it("gives the probabilities it was trained to give (a changed featurizer or stale weights shows here)", () => {
    expect(p("The company sold 2,000 phones in two stores last year.").toFixed(3)).toBe("0.999");
    expect(p("I think that is a terrible idea.").toFixed(3)).toBe("0.004");
    expect(p("Xiaomi opened a data center in Singapore.").toFixed(3)).toBe("0.898");
  });

  it("reads a link, an @mention or an emoji by its kind, not by its address or name", () => {
    const one = analyze("Clinic hours were extended, @CityHealth said 🙌 https://t.co/Ab12Cd");
    const two = analyze("Clinic hours were extended, @RegionNews said 💉 https://example.org/notice/7");
    expect(featurize(one, 0, one.value.length - 1).sort()).toEqual(featurize(two, 0, two.value.length - 1).sort());
  });

  it("reads a hashtag also as the word it tags", () => {
    const feats = (text: string) => {
      const a = analyze(text);
      return featurize(a, 0, a.value.length - 1);
    };
    const boosters = feats("Pharmacies now stock #boosters");
    const masks = new Set(feats("Pharmacies now stock #masks"));
    const plain = new Set(feats("Pharmacies now stock boosters"));
    // What tells the two hashtags apart is the tagged word itself, as it reads untagged.
    const own = boosters.filter((x) => !masks.has(x));
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => plain.has(x))).toBe(true);
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
    const [claim] = extractClaims("Teller's banking app can be installed on any phone sold by Safaricom.");
    expect(claim?.text).toBe("Teller's banking app can be installed on any phone sold by Safaricom");
  });

  it("an emphatic adverb in the writer's own words does not hide a factual statement", () => {
    expect(extractClaims("Studies have clearly shown that masks reduce the spread of the virus.")).toHaveLength(1);
    // A view stays a view, with or without the adverb.
    expect(extractClaims("Honestly, the harbour looks beautiful this time of year.")).toEqual([]);
    expect(extractClaims("I think the mayor is doing a wonderful job.")).toEqual([]);
  });

  it("a judgement in someone's quoted word is a characterisation, however factual the sentence reads", () => {
    expect(extractClaims("Councillor Pike said the audit office has done an “awful” job of reviewing the contracts.")).toEqual([]);
  });

  it("a predicate in the speaker's own words is a characterisation, not a claim", () => {
    expect(extractClaims("Customers in Lagos are “loyal,” Okafor says.")).toEqual([]);
  });

  it("a wish with a deadline is not a pledge", () => {
    expect(extractClaims("Fans hope the team wins the cup by 2030.")).toEqual([]);
    expect(extractClaims("I hope the war ends by 2025.")).toEqual([]);
  });

  it("a figure in an 'if' clause is a supposition, not a record", () => {
    expect(extractClaims("If sales rise 10% next year, the plant will reopen.").some((c) => c.text.includes("10%"))).toBe(false);
  });

  it("a short sentence naming who did what is a claim", () => {
    expect(extractClaims("Apple acquired Beats.").map((c) => c.text)).toEqual(["Apple acquired Beats"]);
  });

  it("a company that reports a figure is not a quoted speaker", () => {
    const [claim] = extractClaims("Although sales rose, the company reported a net loss of $2 million.");
    expect(claim?.text).toBe("The company reported a net loss of $2 million");
    expect(claim?.attribution).toBeUndefined();
  });

  it("newsroom boilerplate about who did not comment is not a claim", () => {
    expect(extractClaims("The Ministry of Transport did not respond to a request for comment.")).toEqual([]);
    expect(extractClaims("Halvorsen Energy declined to comment on the figures.")).toEqual([]);
  });

  it("never offers a fragment as the claim: a bad cut falls back to the sentence", () => {
    for (const claim of extractClaims("He voted against it and, obviously, we had to take the army out of Kuwait or it would have spread.")) {
      expect(claim.text).not.toMatch(/\b(and|was|said|the|of)$/);
    }
  });

  it("a temporal opener is dropped, leaving the event itself", () => {
    const texts = extractClaims("When the factory closed in 2009, 1,200 workers lost their jobs.").map((c) => c.text);
    expect(texts).toContain("The factory closed in 2009");
    expect(texts).toContain("1,200 workers lost their jobs");
  });

  it("the main clause is the claim, not the subordinate clause before it", () => {
    const [claim] = extractClaims("Even if a parcel arrives damaged, Okafor says Jumia refunds the customer within a day.");
    expect(claim?.text).toMatch(/^Jumia refunds the customer within a day/);
  });

  it("a plan or forecast named as a thing is no forecast: its past is a dated event", () => {
    const types = (text: string) => extractClaims(text).map((c) => c.type);
    expect(types("“The old ferry plan collapsed in 2018,” Marlow said.")).toEqual(["date_event"]);
    expect(types("That forecast was withdrawn in May 2022.")).toEqual(["date_event"]);
    // As verbs they still look ahead, also where the tagger reads "plan" as a noun.
    expect(types("Regulators plan to publish the rules in 2028.")).toEqual(["prediction"]);
  });
});
