// CheckThat sixth pass (docs/extraction.md): scene-setting narration, verdicts and jests are no
// record; opinion wording in the writer's own third-person words needs less certainty than a
// source's or a speaking "I/we". Every sentence here is new, written for these tests.
import { describe, expect, it } from "vitest";
import { extractClaims } from "@/lib/extraction";
import { analyze } from "@/lib/extraction/nlp";
import { factuality } from "@/lib/extraction/factuality/model";
import { DECISION } from "@/lib/extraction/score";

const p = (text: string) => {
  const a = analyze(text);
  return factuality(a, 0, a.value.length - 1);
};

describe("scene-setting in the writer's own words is not a claim", () => {
  it("weather doing something", () => {
    expect(extractClaims("Rain hammered on the roof of the Tolvern council chamber as councillors met.")).toEqual([]);
    expect(extractClaims("Thick fog hung over the Brenna harbour on the morning of the vote.")).toEqual([]);
  });

  it("what a room, a crowd or the mood was like", () => {
    expect(extractClaims("The chamber was packed for the final reading of the Harlow budget.")).toEqual([]);
    expect(extractClaims("The mood outside the Dunmore courthouse stayed tense all afternoon.")).toEqual([]);
  });

  it("a crowd's sound as what the scene broke into, and how someone looked", () => {
    expect(extractClaims("Supporters of Mayor Ansel Drury erupted into cheers as the result was read out.")).toEqual([]);
    expect(extractClaims("Minister Petra Lind was greeted with boos when she arrived in Tolvern.")).toEqual([]);
    expect(extractClaims("The defendant, Ivo Marsh, looked exhausted as he left the courtroom.")).toEqual([]);
  });

  it("what the weather or a gathering did on record stays a claim", () => {
    expect(extractClaims("Heavy rain flooded 200 homes in Brenna on Sunday.").length).toBeGreaterThan(0);
    expect(extractClaims("Storms knocked out power to 40,000 homes in Dunmore.").length).toBeGreaterThan(0);
    expect(extractClaims("The Tolvern chamber approved the budget by 31 votes to 12.").length).toBeGreaterThan(0);
  });
});

describe("said or done in jest is not on record", () => {
  it("'jokingly offered', 'joked that'", () => {
    expect(extractClaims("Governor Ida Marsh jokingly offered the reporter a seat on the board.")).toEqual([]);
    expect(extractClaims("Mayor Drury joked that the new bridge would be named after him.")).toEqual([]);
  });

  it("the same words said plainly stay a claim", () => {
    expect(extractClaims("Mayor Drury said that the new bridge would be named after him.")).toHaveLength(1);
  });
});

describe("a verdict as the predicate is never a plain statement", () => {
  it("a mood after 'were' is left out however sure the model is", () => {
    const text = "Nurses at Harlow General were frustrated by the delays in the Corvex rollout.";
    expect(p(text)).toBeGreaterThanOrEqual(DECISION.softView);
    expect(extractClaims(text)).toEqual([]);
  });

  it("an evaluative word that is not the predicate leaves a sure finding a claim", () => {
    const text = "The Tarven trial found no serious safety concerns with the new drug.";
    expect(p(text)).toBeGreaterThanOrEqual(DECISION.softView);
    expect(extractClaims(text)).toHaveLength(1);
  });
});

describe("opinion wording: the writer's own third-person words against a speaking 'we'", () => {
  it("a belief verb with a named third party is a claim at softOpinion; the same held by 'we' needs softView", () => {
    const theirs = "Regulators consider the Velan shot safe for children in Ostland.";
    const ours = "We consider the Velan shot safe for children in Ostland.";
    for (const text of [theirs, ours]) {
      expect(p(text)).toBeGreaterThanOrEqual(DECISION.softOpinion);
      expect(p(text)).toBeLessThan(DECISION.softView);
    }
    expect(extractClaims(theirs)).toHaveLength(1);
    expect(extractClaims(ours)).toEqual([]);
  });
});
