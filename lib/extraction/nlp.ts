// One pass of wink-nlp over a text, flattened into plain arrays with UTF-16 offsets.
// wink was chosen for this pass because it is the only candidate fast enough to read every
// sentence of every article (see docs/extraction.md): it gives tokens, universal POS tags,
// lemmas, sentence boundaries and number/date/money/percent entities in one go. (Its sentiment
// scores cost a quarter of the pass and did not help tell claims from opinion, so we skip them.)
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface EntitySpan {
  /** wink's entity type: CARDINAL, MONEY, PERCENT, DATE, DURATION, TIME, ORDINAL, … */
  type: string;
  /** First and last token index, inclusive. */
  first: number;
  last: number;
}

export interface Analysis {
  text: string;
  value: string[];
  /** Lower-cased token text. */
  lower: string[];
  pos: string[];
  /** wink token type: word, number, punctuation, currency, symbol, … */
  kind: string[];
  lemma: string[];
  start: number[];
  end: number[];
  /** Sentence token spans [first, last] inclusive, as wink found them. */
  sentences: Array<[number, number]>;
  entities: EntitySpan[];
}

type Nlp = ReturnType<typeof winkNLP>;
let instance: Nlp | null = null;

/** Loads the model once per process; it is immutable, so sharing it keeps output deterministic. */
export function nlp(): Nlp {
  // Only the stages read here: sentence boundaries, part-of-speech tags and entities (numbers,
  // dates, money). Sentiment and negation would cost a third of the pass for nothing we use.
  instance ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return instance;
}

export function analyze(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  const doc = engine.readDoc(text);
  const tokens = doc.tokens();
  const value = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const start: number[] = new Array<number>(value.length);
  const end: number[] = new Array<number>(value.length);
  // wink's tokenisation is lossless (spaces + values rebuild the text), but we still re-find
  // each token in the text so a model quirk can never shift every later offset.
  let cursor = 0;
  for (let i = 0; i < value.length; i++) {
    const v = value[i] ?? "";
    const expected = cursor + (spaces[i] ?? "").length;
    const at = text.startsWith(v, expected) ? expected : text.indexOf(v, cursor);
    const s = at < 0 ? expected : at;
    start[i] = s;
    end[i] = s + v.length;
    cursor = end[i] ?? cursor;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]) => [a, b] as [number, number],
  );
  const entityDetail = doc.entities().out(its.detail) as unknown as Array<{ type: string }>;
  const entitySpan = doc.entities().out(its.span) as unknown as Array<[number, number]>;
  const entities: EntitySpan[] = entityDetail.map((d, i) => ({
    type: d.type,
    first: entitySpan[i]?.[0] ?? 0,
    last: entitySpan[i]?.[1] ?? 0,
  }));
  return {
    text,
    value,
    lower: value.map((v) => v.toLowerCase()),
    pos: tokens.out(its.pos) as string[],
    kind: tokens.out(its.type) as string[],
    lemma: tokens.out(its.lemma as never) as unknown as string[],
    start,
    end,
    sentences,
    entities,
  };
}

const NON_SPACE = /\S/;

/** A whitespace token (wink keeps line breaks as tokens): `value.trim() === ""`, without allocating. */
export function isBlank(value: string): boolean {
  return !NON_SPACE.test(value);
}

/** The bare wink pass the benchmark compares against: tokenise, tag and split, nothing else. */
export function tokenizeOnly(text: string): number {
  return nlp().readDoc(text).tokens().length();
}
