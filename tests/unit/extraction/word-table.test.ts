// Throughput, fifth pass: analyze keeps what it learns of each token text (lower case, wink's
// token type, lemma by tag, word classes, hashes) in one table. Whatever the table holds, every
// token must read exactly as a fresh wink pass gives it, on the first read and on later ones.
import { describe, expect, it } from "vitest";
import { analyze, lemmaClass, nlp, textHash, tokenizeOnly, wordClass } from "@/lib/extraction/nlp";

const TEXTS = [
  "The harbour pilots cannot board the tankers until the swell eases, the port authority said on Tuesday.",
  "Fewer ferries sailed in March than in February; the operator's fares rose 4.5% and it's cutting two routes.",
  "“We weren't told,” said Ilse Marvane, who runs the quayside café. Her takings fell by a third.",
  // A number wink first meets inside a hyphenated word, then on its own: typed afresh per document.
  "The 47-year-old harbour master retired after 31 years.",
  "Only 47 ferries sailed, against 31 a year earlier.",
];

function wink(text: string) {
  const e = nlp();
  const tokens = e.readDoc(text).tokens();
  const read = {
    value: tokens.out(e.its.value) as string[],
    kind: tokens.out(e.its.type) as string[],
    lemma: tokens.out(e.its.lemma as never) as unknown as string[],
  };
  // analyze forgets the words a document taught wink; so must this reference read.
  tokenizeOnly(".");
  return read;
}

describe("analyze's token-text table", () => {
  it("gives wink's own lemma, token type and lower case, on the first and on later reads", () => {
    for (let round = 0; round < 3; round++) {
      for (const text of TEXTS) {
        const a = analyze(text);
        const w = wink(text);
        expect(a.value).toEqual(w.value);
        expect(a.lemma).toEqual(w.lemma);
        expect(a.kind).toEqual(w.kind);
        expect(a.lower).toEqual(w.value.map((v) => v.toLowerCase()));
      }
    }
  });

  it("keeps the hash of each token's lower case and lemma", () => {
    const a = analyze(TEXTS[1]!);
    a.value.forEach((_, i) => {
      expect(a.hash[i]).toBe(textHash(a.lower[i]!));
      expect(a.lemmaHash[i]).toBe(textHash(a.lemma[i] ?? ""));
    });
  });

  it("answers a registered word or lemma class per token, also for texts read before it was registered", () => {
    const before = analyze(TEXTS[0]!);
    const HARBOUR = wordClass((w) => w === "harbour" || w === "port");
    const BOARD = lemmaClass((lemma) => lemma === "board" || lemma === "ease");
    const a = analyze(TEXTS[0]!);
    expect(before.cls.some((c) => (c & HARBOUR) !== 0)).toBe(false);
    const words = a.value.filter((_, i) => (a.cls[i]! & HARBOUR) !== 0);
    const lemmas = a.value.filter((_, i) => (a.cls[i]! & BOARD) !== 0);
    expect(words).toEqual(["harbour", "port"]);
    expect(lemmas).toEqual(["board", "eases"]);
  });
});
