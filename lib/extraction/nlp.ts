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
  /**
   * Per token, the word classes of its lower-cased text and of its lemma that steps ask about on
   * every token (bits from `wordClass` / `lemmaClass`), found with one table look-up per token.
   */
  cls: Uint32Array;
  /** Per token, `textHash` of its lower-cased text and of its lemma (the factuality model's features), kept with the text. */
  hash: Uint32Array;
  lemmaHash: Uint32Array;
  /** Sentence token spans [first, last] inclusive, as wink found them. */
  sentences: Array<[number, number]>;
  entities: EntitySpan[];
}

type Nlp = ReturnType<typeof winkNLP>;

/** The part of wink's per-instance model that `readDoc` writes to: its lexeme table. */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
}

let instance: { nlp: Nlp; lexemes: LexemeTable; vocabulary: number; learnedFrom: number; documents: number } | null = null;

let metaCER: unknown = null;

/** Documents read by one wink instance before a fresh one replaces it (bounds its memory). */
const DOCUMENTS_PER_INSTANCE = 2_000;

/**
 * wink learns: every out-of-vocabulary token it reads ("Aurelle's", "13.05") is added to the
 * instance's lexeme table, and a word found there is no longer split by the tokenizer, so a later
 * "Aurelle's fell" became one token where a fresh instance gives "Aurelle" + "'s". The same text
 * then gave different claims depending on what the process had read before. After each document
 * the words it taught wink are taken out of the look-up table again (their slots stay, so wink's
 * own feature table stays aligned), and every few thousand documents the instance is replaced,
 * which bounds those slots. Creating one costs about 75 ms.
 */
function engine(): typeof instance & object {
  if (!instance || instance.documents >= DOCUMENTS_PER_INSTANCE) {
    let lexemes: LexemeTable | null = null;
    const capture = {
      ...model,
      // The package's loader re-serialises its own module-level state on every call (the string
      // doubles each time; the twentieth instance threw "Invalid string length"), so every
      // instance gets the first call's result.
      metaCER: () => (metaCER ??= (model.metaCER as () => unknown)()),
      core: () => {
        const m = (model.core as () => { features: { lexeme: LexemeTable } })();
        lexemes = m.features.lexeme;
        return m;
      },
    } as typeof model;
    // Only the stages read here: sentence boundaries, part-of-speech tags and entities (numbers,
    // dates, money). Sentiment and negation would cost a third of the pass for nothing we use.
    const fresh = winkNLP(capture, ["sbd", "pos", "ner"]);
    const table = lexemes as LexemeTable | null;
    if (!table) throw new Error("wink-eng-lite-web-model: no lexeme table");
    instance = { nlp: fresh, lexemes: table, vocabulary: table.list.length, learnedFrom: table.list.length, documents: 0 };
  }
  return instance;
}

export function nlp(): Nlp {
  return engine().nlp;
}

/** Whether wink's own vocabulary (not a word a document taught it) holds this text (a lower-case word, or any token text). */
export function isVocabularyWord(lower: string): boolean {
  const e = engine();
  const k = e.lexemes.hash[lower];
  return k !== undefined && k < e.vocabulary;
}

/** Forgets the words the last document taught wink (see `engine`). */
function forgetLearnedWords(): void {
  const e = engine();
  const { hash, list } = e.lexemes;
  for (let k = e.learnedFrom; k < list.length; k++) {
    const word = list[k]!;
    if (hash[word] === k) delete hash[word];
  }
  e.learnedFrom = list.length;
  e.documents++;
}

/**
 * wink tokenises each whitespace-free run with regular expressions (e-mail, URL, hyphenation,
 * abbreviations) whose cost grows with the square of the run's length or worse: a 40,000-character
 * run of "x-x-x-…" took 15 s, one 150,000-character word 36 s. No word, number, URL or e-mail
 * address in news copy is longer than MAX_RUN characters, so a longer run is cut into pieces of
 * at most that length before wink sees it, which bounds the cost per run and keeps the whole pass
 * linear. The cut replaces one character with a space (preferably punctuation, never half of a
 * surrogate pair), so every offset stays the same and quotes are still sliced from the original.
 */
export const MAX_RUN = 64;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, "g");

export function boundRuns(text: string): string {
  // A plain scan first: the regular expression cost about 1.5% of a whole extraction on news,
  // where no run is long and the text comes back unchanged.
  if (!hasLongRun(text)) return text;
  LONG_RUN.lastIndex = 0;
  return text.replace(LONG_RUN, cutRun);
}

function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) run = 0;
    else if (++run > MAX_RUN) return true;
  }
  return false;
}

/** Exactly the characters of the regular expression class `\s`, by UTF-16 code unit. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isSurrogate(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdfff;
}
const isHighSurrogate = (s: string, i: number) => s.charCodeAt(i) >= 0xd800 && s.charCodeAt(i) <= 0xdbff;
const isLowSurrogate = (s: string, i: number) => s.charCodeAt(i) >= 0xdc00 && s.charCodeAt(i) <= 0xdfff;

function cutRun(run: string): string {
  const chars = run.split("");
  let from = 0;
  while (run.length - from > MAX_RUN) {
    let cut = -1;
    // Prefer a punctuation mark in the second half of the window, so words stay whole.
    for (let k = from + MAX_RUN; k > from + MAX_RUN / 2; k--) {
      if (!isSurrogate(run, k) && !WORD_CHAR.test(run[k] ?? "")) {
        cut = k;
        break;
      }
    }
    if (cut < 0) {
      cut = from + MAX_RUN;
      // A character outside the BMP is two code units: blank both, never half of the pair.
      if (isLowSurrogate(run, cut) && isHighSurrogate(run, cut - 1)) cut--;
      if (isHighSurrogate(run, cut) && isLowSurrogate(run, cut + 1)) chars[cut + 1] = " ";
    }
    chars[cut] = " ";
    from = cut + 1;
  }
  return chars.join("");
}

const SEARCH_AHEAD = 1024;

export function analyze(text: string): Analysis {
  const engine = nlp();
  const its = engine.its;
  // Same length as `text`: offsets found in `read` are offsets into `text`.
  const read = boundRuns(text);
  const doc = engine.readDoc(read);
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
    // Look only a short way ahead: a token wink rewrote is never far, and a search to the end of
    // the text for every such token would make the pass quadratic.
    let s = expected;
    if (!read.startsWith(v, expected)) {
      const near = read.slice(cursor, cursor + SEARCH_AHEAD).indexOf(v);
      if (near >= 0) s = cursor + near;
    }
    start[i] = s;
    end[i] = s + v.length;
    cursor = end[i] ?? cursor;
  }
  const sentences = (doc.sentences().out(its.span) as unknown as Array<[number, number]>).map(
    ([a, b]) => [a, b] as [number, number],
  );
  const found = doc.entities();
  const entityDetail = found.out(its.detail) as unknown as Array<{ type: string }>;
  const entitySpan = found.out(its.span) as unknown as Array<[number, number]>;
  const entities: EntitySpan[] = entityDetail.map((d, i) => ({
    type: d.type,
    first: entitySpan[i]?.[0] ?? 0,
    last: entitySpan[i]?.[1] ?? 0,
  }));
  const pos = tokens.out(its.pos) as string[];
  const words = readWords(tokens, value, pos, tokens.out(its.contractionFlag) as unknown as boolean[]);
  // Everything is read off the document: what it taught wink can go (see `engine`).
  forgetLearnedWords();
  return {
    text,
    value,
    lower: words.lower,
    pos,
    kind: words.kind,
    lemma: words.lemma,
    cls: words.cls,
    hash: words.hash,
    lemmaHash: words.lemmaHash,
    start,
    end,
    sentences,
    entities,
  };
}

type Tokens = ReturnType<ReturnType<Nlp["readDoc"]>["tokens"]>;

/**
 * Word classes: a step that asks on every token whether its word is one of a set ("is it a form
 * of be?", "is its lemma a reporting verb?") registers the set once and reads a bit of `a.cls`.
 * The answers are kept per distinct token text, so a token costs one table look-up however many
 * sets are asked about (the look-ups were several percent of a whole extraction). Bits 0–15 are
 * classes of the lower-cased word, 16–31 classes of the lemma.
 */
type Test = (word: string) => boolean;
const wordTests: Test[] = [];
const lemmaTests: Test[] = [];
/**
 * Token texts seen so far. wink's lemma of a token that is not a contraction depends on nothing
 * but its text (the spelling map and the normal form are looked up from it) and its tag (the
 * lemmatiser's rules and base-form look-ups; a word wink learned while reading is never a base
 * form): its lemmatiser was ~3% of a whole extraction, so known pairs are answered from here;
 * contractions ("it's" → "be") and new pairs ask wink. wink's token type (word, number,
 * punctuation, …) is a property of the text's entry in its lexicon: fixed for the texts of its own
 * vocabulary, so kept here for those; a text a document taught wink is typed afresh by each
 * document (wink forgets it after the document, see `engine`).
 */
const known = new Map<string, KnownWord>();
/** Bounds the table (~300 bytes an entry): news reuses a few thousand texts for most tokens. */
const KNOWN_LIMIT = 50_000;
const lemmaBits = new Map<string, number>();

/** A bit of `Analysis.cls` set on tokens whose lower-cased text passes `test`. Call at module load. */
export function wordClass(test: Test): number {
  if (wordTests.length >= 16) throw new Error("no word class bit left");
  wordTests.push(test);
  known.clear();
  return 1 << (wordTests.length - 1);
}

/** A bit of `Analysis.cls` set on tokens whose lemma passes `test`. Call at module load. */
export function lemmaClass(test: Test): number {
  if (lemmaTests.length >= 16) throw new Error("no lemma class bit left");
  lemmaTests.push(test);
  known.clear();
  lemmaBits.clear();
  return (1 << (15 + lemmaTests.length)) >>> 0;
}

/** Whitespace only (wink keeps line breaks as tokens): every step skips these. */
export const BLANK = wordClass(isBlank);

function wordBits(lower: string): number {
  let bits = 0;
  for (let b = 0; b < wordTests.length; b++) if (wordTests[b]!(lower)) bits |= 1 << b;
  return bits;
}

function lemmaBitsOf(lemma: string): number {
  let bits = lemmaBits.get(lemma);
  if (bits === undefined) {
    bits = 0;
    for (let b = 0; b < lemmaTests.length; b++) if (lemmaTests[b]!(lemma)) bits |= 1 << (16 + b);
    lemmaBits.set(lemma, (bits >>>= 0));
  }
  return bits;
}

/** What is known of a token text: its lower case, wink's token type, its word classes, and its lemma (with the lemma's classes) by tag. */
interface KnownWord {
  lower: string;
  /** wink's token type when the text is in wink's own vocabulary (fixed there); null: ask wink per token. */
  kind: string | null;
  bits: number;
  hash: number;
  byTag: Map<string, KnownLemma>;
}
interface KnownLemma {
  lemma: string;
  bits: number;
  hash: number;
}

/** FNV-1a of a string: deterministic in every Node version. */
export function textHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

interface Words {
  lower: string[];
  kind: string[];
  lemma: string[];
  cls: Uint32Array;
  hash: Uint32Array;
  lemmaHash: Uint32Array;
}

function readWords(tokens: Tokens, value: string[], pos: string[], contraction: boolean[]): Words {
  if (known.size > KNOWN_LIMIT) known.clear();
  const its = nlp().its;
  const n = value.length;
  const lower = new Array<string>(n);
  const kind = new Array<string>(n);
  const lemma = new Array<string>(n);
  const cls = new Uint32Array(n);
  const hash = new Uint32Array(n);
  const lemmaHash = new Uint32Array(n);
  const entries = new Array<KnownWord>(n);
  const missed: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = value[i]!;
    let w = contraction[i] ? undefined : known.get(v);
    if (!w) {
      const l = v.toLowerCase();
      // A text wink learned from this document ("65", a name) takes the type of how it first
      // appeared in the document ("65" in "65-year-old" is a word): only its vocabulary's is fixed.
      const type = tokens.itemAt(i).out(its.type) as string;
      w = { lower: l, kind: isVocabularyWord(v) ? type : null, bits: wordBits(l), hash: textHash(l), byTag: new Map() };
      kind[i] = type;
      // A contraction's part ("n't", "'s") may stand for different entries: never kept.
      if (!contraction[i]) known.set(v, w);
    }
    entries[i] = w;
    lower[i] = w.lower;
    kind[i] ??= w.kind ?? (tokens.itemAt(i).out(its.type) as string);
    hash[i] = w.hash;
    const byTag = contraction[i] ? undefined : w.byTag.get(pos[i]!);
    if (byTag === undefined) missed.push(i);
    else {
      lemma[i] = byTag.lemma;
      cls[i] = w.bits | byTag.bits;
      lemmaHash[i] = byTag.hash;
    }
  }
  if (!missed.length) return { lower, kind, lemma, cls, hash, lemmaHash };
  // Mostly new words (the first articles a process reads): one bulk pass is cheaper than item by item.
  const bulk = missed.length * 4 > n ? (tokens.out(its.lemma as never) as unknown as string[]) : null;
  for (const i of missed) {
    const l = bulk ? bulk[i]! : (tokens.itemAt(i).out(its.lemma as never) as unknown as string);
    // wink gives no lemma for a few tokens (undefined, kept as it was): those hash and classify as "".
    const entry: KnownLemma = { lemma: l, bits: lemmaBitsOf(l ?? ""), hash: textHash(l ?? "") };
    lemma[i] = l;
    cls[i] = entries[i]!.bits | entry.bits;
    lemmaHash[i] = entry.hash;
    if (!contraction[i]) entries[i]!.byTag.set(pos[i]!, entry);
  }
  return { lower, kind, lemma, cls, hash, lemmaHash };
}

/** A whitespace token (wink keeps line breaks as tokens): `value.trim() === ""`, without allocating (or a regular expression: this runs several times per token). */
export function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

/** The bare wink pass the benchmark compares against: tokenise, tag and split, nothing else. */
export function tokenizeOnly(text: string): number {
  const count = nlp().readDoc(boundRuns(text)).tokens().length();
  forgetLearnedWords();
  return count;
}
