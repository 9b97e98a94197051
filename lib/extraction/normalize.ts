// The short, self-contained wording of a claim: the clause that carries it, with the reporting
// frame, asides and relative clauses taken out, pronouns replaced by the entity they stand for,
// and figures in one canonical form ("Fewer than five percent" → "under 5%").
import { isSpaceCode, wordClass, type Analysis } from "./nlp";
import type { Segment } from "./segment";
import type { Figure } from "./numbers";
import type { Frame } from "./attribution";
import { relationalComma } from "./relational";
import { hasTag } from "./lexicon";

export interface Span {
  first: number;
  last: number;
}

export interface Replacement extends Span {
  text: string;
  /** Set when the replacement resolves a period reference ("that year" → "2009"). */
  period?: string;
}

export interface NormalizeInput {
  a: Analysis;
  seg: Segment;
  /** Tokens the claim is about (a figure, a date, a comparative); null for the whole sentence. */
  focus: Span | null;
  frames: Frame[];
  figures: Figure[];
  /** Pronouns and descriptions resolved to names, keyed by token span. */
  resolutions: Replacement[];
  /** Other claims' foci in the sentence: a clause holding two figures is cut between them. */
  siblings?: Span[];
  /**
   * Dated events and ranks of the same sentence: they divide a coordination only where the
   * conjunct after "and" opens with its verb ("… in March 2025 and is the largest ever …").
   */
  events?: Span[];
  /** Filled with the first and last token the wording was made of: the clause the claim's quote shows. */
  clause?: Span;
}

const CLAUSE_BREAK = new Set([",", ";", ":", "--", "–", "—", "(", ")"]);
/** Asked of every token of a sentence for every claim: answered from the word classes (punctuation has no case). */
const CLAUSE_BREAK_WORD = wordClass((w) => CLAUSE_BREAK.has(w));
const DASHES = new Set(["--", "–", "—"]);
const RELATIVE = new Set(["which", "who", "whom", "whose", "where"]);
const DISCOURSE = new Set(["first", "then", "later", "finally", "initially", "eventually", "and", "but", "so", "then", "also", "however", "meanwhile", "yet", "still", "moreover", "plus", "that", "because", "while", "though", "although", "as", "now", "thus", "hence",
  // Temporal and concessive openers leave a plain event ("When the factory closed in 2009" → "The
  // factory closed in 2009"); conditional ones ("if", "unless") never, as they change the meaning.
  "when", "after", "before", "once", "whereas"]);
const MAX_WORDS = 22;

export function claimText(input: NormalizeInput): string {
  const { a, seg, focus } = input;
  const dropped = new Uint8Array(seg.last - seg.first + 1);
  const boundary = new Uint8Array(seg.last - seg.first + 1);
  const at = (i: number) => i - seg.first;
  const inFocus = (s: Span) => focus !== null && focus.first <= s.last && focus.last >= s.first;

  for (const f of input.frames) {
    if (inFocus({ first: f.dropFirst, last: f.dropLast })) continue;
    for (let i = f.dropFirst; i <= f.dropLast; i++) {
      dropped[at(i)] = 1;
      boundary[at(i)] = 1;
    }
  }
  let relative: { antecedent: Span; piece: Span } | null = null;
  let participle: { antecedent: Span; piece: Span } | null = null;
  for (const aside of sentenceAsides(a, seg)) {
    if (inFocus(aside.piece)) {
      if (aside.relative && aside.antecedent) relative = { antecedent: aside.antecedent, piece: aside.piece };
      if (aside.participle && aside.antecedent) participle = { antecedent: aside.antecedent, piece: aside.piece };
      continue;
    }
    for (let i = aside.outer.first; i <= aside.outer.last; i++) {
      dropped[at(i)] = 1;
      boundary[at(i)] = 0;
    }
  }

  // The focus clause: a run of kept tokens between clause punctuation or dropped frames.
  const pieces: Span[] = [];
  let runFirst = -1;
  for (let i = seg.first; i <= seg.last + 1; i++) {
    const isBreak =
      i > seg.last ||
      boundary[at(i)] === 1 ||
      (dropped[at(i)] !== 1 && (a.cls[i]! & CLAUSE_BREAK_WORD) !== 0 && !listComma(a, i) && !relationalComma(a, i));
    if (isBreak || dropped[at(i)] === 1) {
      if (isBreak && runFirst >= 0) {
        pieces.push({ first: runFirst, last: lastKept(dropped, seg, i - 1) });
        runFirst = -1;
      }
      continue;
    }
    if (runFirst < 0) runFirst = i;
  }
  if (pieces.length === 0) return "";
  const focusPiece = focus ? (pieces.find((p) => p.first <= focus.first && p.last >= focus.first) ?? pieces[0]!) : mainPiece(a, pieces);
  let tokens = keptTokens(dropped, seg, focusPiece);
  let prefix: number[] = [];
  const appositive = focus ? appositiveRelative(a, tokens, focus, seg, focusPiece) : null;

  let copula = false;
  let passive = false;
  if (participle) {
    // "The bridge, built in 1931, carries …" → "The bridge was built in 1931".
    prefix = range(participle.antecedent.first, participle.antecedent.last);
    tokens = range(participle.piece.first, participle.piece.last);
    passive = true;
  } else if (appositive) {
    // "Hugo Barra, the former Google official who joined the company in October, said …"
    // → "Hugo Barra joined the company in October".
    prefix = appositive.antecedent;
    tokens = appositive.rest;
  } else if (focus && isAppositive(a, focusPiece, seg)) {
    // "Hanwol, the world's second-largest maker of memory chips, said …" → "Hanwol is the world's …".
    const before = nounBefore(a, focusPiece.first - 1, seg);
    if (before) {
      prefix = trailingName(a, before);
      copula = true;
    }
  } else if (relative) {
    // "Xiaomi, which is worth $10 billion, …" → "Xiaomi is worth $10 billion".
    prefix = range(relative.antecedent.first, relative.antecedent.last);
    tokens = range(relative.piece.first + 1, relative.piece.last).filter((i) => dropped[at(i)] !== 1 || inFocus({ first: i, last: i }));
  } else if (!hasVerb(a, tokens)) {
    // A verbless fragment ("…costs $326, less than half the price of …") borrows the subject
    // and verb of the clause before it.
    const idx = pieces.indexOf(focusPiece);
    // "…fined the firm's auditor, Dunlow & Co., £4.2 million": an appositive between the clause and
    // the fragment is passed over; the fragment belongs to the clause before it.
    let p = idx - 1;
    while (p > 0 && isInterjectedPhrase(a, keptTokens(dropped, seg, pieces[p]!)) && hasVerb(a, keptTokens(dropped, seg, pieces[p - 1]!))) p--;
    const prev = idx > 0 ? pieces[p] : undefined;
    // Never from a subordinate clause: "Even if a parcel arrives …" is not the fragment's subject;
    // nor when the piece opens a clause of its own ("…, and the Pixel 4 costs …": the tagger missed its verb).
    const ownSubject = a.pos[focusPiece.first] === "CCONJ" && ["DET", "PROPN", "PRON"].includes(a.pos[focusPiece.first + 1] ?? "");
    const next = pieces[idx + 1];
    const nextTokens = next ? keptTokens(dropped, seg, next).filter((i) => !/^[.!?;:]$/.test(a.value[i] ?? "")) : [];
    // The tagger reads some present-tense verbs as plural nouns ("Norlan ranks/NOUN third").
    const verbLike = (i: number) => a.pos[i] === "NOUN" && (hasTag(a.lower[i] ?? "", "PresentTense") || (/s$/.test(a.lower[i] ?? "") && a.pos[i - 1] === "PROPN" && ["ADJ", "DET", "NUM", "ADV"].includes(a.pos[i + 1] ?? "")));
    const clause = nextTokens.some((i) => isVerb(a, i) || verbLike(i));
    if (idx === 0 && next && clause && !subordinate(a, next) && !ownSubject) {
      // "With a 14% share of shipments, Norlan ranks third": the opening phrase belongs to the
      // clause after it → "Norlan ranks third … with a 14% share of shipments".
      prefix = nextTokens;
    } else if (prev && !subordinate(a, prev) && !ownSubject && isClauseAppositive(a, focusPiece, idx === pieces.length - 1, keptTokens(dropped, seg, prev))) {
      // "…, the second increase in two years", "…, the lowest since 2019": a noun phrase that sums up
      // the clause before it keeps that whole clause; cut at its verb it would read "fares will the …".
      const pt = keptTokens(dropped, seg, prev);
      const comma = a.value[focusPiece.first - 1] === "," ? focusPiece.first - 1 : -1;
      prefix = comma >= 0 ? [...pt, comma] : pt;
    } else if (prev && !subordinate(a, prev) && !ownSubject) {
      const pt = keptTokens(dropped, seg, prev);
      const v = firstVerb(a, pt);
      // Up to its verb; if the tagger missed the verb, up to its first figure. After a copula the
      // whole clause: "Drask is the market leader, with about 34% of sales" → not "Drask is with …".
      const fig = input.figures.find((f) => pt.includes(f.first));
      const copulaClause = v >= 0 && a.lemma[v] === "be" && a.lower[focusPiece.first] === "with";
      const cut = copulaClause ? pt[pt.length - 1]! : v >= 0 ? v : fig ? fig.first - 1 : -1;
      if (cut >= 0) prefix = pt.filter((i) => i <= cut);
    }
  } else if (startsWithVerb(a, tokens)) {
    const subject = mainSubject(a, pieces, dropped, seg, focusPiece);
    if (subject.length) prefix = subject;
  }

  if (focus && (input.siblings?.length || input.events?.length)) {
    const cut = coordinationCut(a, tokens, focus, input.siblings ?? [], input.events ?? []);
    if (cut) {
      tokens = cut.tokens;
      if (cut.prefix.length) prefix = cut.prefix;
    }
  }
  if (tokens.length + prefix.length > MAX_WORDS + 4 && focus) tokens = window(a, tokens, focus);
  tokens = stripLead(a, tokens, focus);
  while (prefix.length > 1 && DISCOURSE.has(a.lower[prefix[0]!] ?? "")) prefix.shift();
  const replacements = [...input.resolutions, ...figureReplacements(input.figures)];
  // "Started in 2010 …" after a borrowed subject reads "Xiaomi started in 2010 …".
  const head = tokens[0];
  if (prefix.length && head !== undefined && a.pos[head] !== "PROPN" && /^[A-Z][a-z]/.test(a.value[head] ?? "")) {
    replacements.push({ first: head, last: head, text: (a.value[head] ?? "").toLowerCase() });
  }
  if (input.clause) {
    const used = [...prefix, ...tokens].filter((i) => a.kind[i] !== "punctuation" || a.value[i] === "%" || a.value[i] === ")");
    if (used.length) {
      input.clause.first = Math.min(...used);
      input.clause.last = Math.max(...used);
    }
  }
  if (copula) return finish(`${render(a, prefix, replacements)} is ${render(a, tokens, replacements)}`);
  if (passive) return finish(`${render(a, prefix, replacements)} ${STATE_PARTICIPLES.has(a.lower[tokens[0]!] ?? "") ? "is" : "was"} ${render(a, tokens, replacements)}`);
  return finish(render(a, [...prefix, ...tokens], replacements));
}

const EXPLAINERS = new Set(["why", "because", "how"]);

/** The sentence's last piece, a noun phrase ("the …", "a …") after a clause with its own verb. */
function isClauseAppositive(a: Analysis, piece: Span, last: boolean, prev: number[]): boolean {
  const w = a.lower[piece.first] ?? "";
  return last && (w === "the" || w === "a" || w === "an") && hasVerb(a, prev) && prev.some((i) => a.pos[i] === "NOUN" || a.pos[i] === "PROPN" || a.pos[i] === "PRON");
}

/** Drops discourse openers: "And …", "So …", "That's why …". */
function stripLead(a: Analysis, t: number[], focus: Span | null): number[] {
  let k = 0;
  for (;;) {
    const w = a.lower[t[k]!] ?? "";
    if (k + 3 < t.length && (w === "that" || w === "this") && ["'s", "is", "was"].includes(a.lower[t[k + 1]!] ?? "") && EXPLAINERS.has(a.lower[t[k + 2]!] ?? "")) {
      k += 3;
      continue;
    }
    // "That means …", "That hasn't stopped …": a demonstrative before its verb is the subject.
    const demonstrative = (w === "that" || w === "this") && isVerb(a, t[k + 1] ?? -1) && !/ing$/.test(a.lower[t[k + 1]!] ?? "");
    if (k + 1 < t.length && DISCOURSE.has(w) && !demonstrative && !isFocusStart(focus, t[k]!) && !["'s", "is", "was", "will"].includes(a.lower[t[k + 1]!] ?? "")) {
      k++;
      continue;
    }
    return t.slice(k);
  }
}

/** "an informal, ad hoc meetup": a comma between adjectives joins, it does not separate clauses. */
function listComma(a: Analysis, i: number): boolean {
  return a.value[i] === "," && a.pos[i - 1] === "ADJ" && (a.pos[i + 1] === "ADJ" || (a.pos[i + 1] === "NOUN" && a.pos[i + 2] === "NOUN"));
}

function isFocusStart(focus: Span | null, i: number): boolean {
  return focus !== null && focus.first === i;
}

/**
 * A focus inside "…, the former X official who joined Y in October, …": the claim is about the
 * name before the appositive, and the relative clause is its predicate.
 */
function appositiveRelative(a: Analysis, t: number[], focus: Span, seg: Segment, piece: Span): { antecedent: number[]; rest: number[] } | null {
  const rel = t.findIndex((i) => i < focus.first && (RELATIVE.has(a.lower[i] ?? "") || a.lower[i] === "that") && isVerb(a, i + 1));
  if (rel < 0) return null;
  const head = a.lower[t[0]!] ?? "";
  if (head !== "the" && head !== "a" && head !== "an") return null;
  if (a.value[piece.first - 1] !== ",") return null;
  const before = nounBefore(a, piece.first - 1, seg);
  if (!before) return null;
  return { antecedent: trailingName(a, before), rest: t.slice(rel + 1) };
}

/** Just the trailing name of "Xiaomi Global Vice President Hugo Barra". */
function trailingName(a: Analysis, span: Span): number[] {
  let k = span.last;
  while (k > span.first && a.pos[k - 1] === "PROPN" && /^[A-Z]/.test(a.value[k - 1] ?? "") && !/^(President|Vice|Global|Chief|Executive|Minister|Director)$/.test(a.value[k - 1] ?? "")) k--;
  return range(k, span.last);
}

/** A comma-bounded noun phrase right after a name: ", the world's second-largest maker of chips,". */
function isAppositive(a: Analysis, piece: Span, seg: Segment): boolean {
  const w = a.lower[piece.first] ?? "";
  if (w !== "the" && w !== "a" && w !== "an") return false;
  if (a.value[piece.first - 1] !== "," || a.pos[piece.first - 2] !== "PROPN") return false;
  if (piece.first - 2 < seg.first) return false;
  return a.value[piece.last + 1] === "," && !hasVerbAfterSubject(a, piece);
}

/**
 * "won over five million users on its Chinese forum and over 100,000 on its English forum":
 * two figures in one clause become two claims, each with the shared subject and verb.
 */
function coordinationCut(a: Analysis, t: number[], focus: Span, siblings: Span[], events: Span[]): { tokens: number[]; prefix: number[] } | null {
  const isOther = (s: Span) => s.first !== focus.first && t.includes(s.first);
  const others = siblings.filter(isOther);
  const eventOthers = events.filter(isOther);
  if (!others.length && !eventOthers.length) return null;
  const conj = (i: number) => a.pos[i] === "CCONJ" || a.lower[i] === "while" || a.lower[i] === "whereas";
  // "and is the largest", "and is seeking a fourth term": a conjunct that shares only the subject.
  const verbConj = (k: number) => conj(t[k]!) && (isVerb(a, t[k + 1] ?? -1) || (a.pos[t[k + 1] ?? -1] === "ADV" && isVerb(a, t[k + 2] ?? -1)));
  const fi = t.indexOf(focus.first);
  const index = (list: Span[], keep: (s: Span) => boolean) => list.filter(keep).map((s) => t.indexOf(s.first));
  const before = index(others, (s) => s.first < focus.first);
  const after = index(others, (s) => s.first > focus.first);
  const eventBefore = index(eventOthers, (s) => s.first < focus.first);
  const eventAfter = index(eventOthers, (s) => s.first > focus.first);
  let lo = 0;
  let hi = t.length;
  const prevSib = before.length ? Math.max(...before) : -1;
  if (prevSib >= 0) {
    for (let k = fi - 1; k > prevSib; k--) if (conj(t[k]!)) { lo = k + 1; break; }
  }
  const nextSib = after.length ? Math.min(...after) : -1;
  if (nextSib >= 0) {
    for (let k = fi + 1; k < nextSib; k++) if (conj(t[k]!)) { hi = k; break; }
  }
  const prevEvent = eventBefore.length ? Math.max(...eventBefore) : -1;
  if (lo === 0 && prevEvent >= 0) {
    for (let k = fi - 1; k > prevEvent; k--) if (verbConj(k)) { lo = k + 1; break; }
  }
  const nextEvent = eventAfter.length ? Math.min(...eventAfter) : -1;
  if (hi === t.length && nextEvent >= 0) {
    for (let k = fi + 1; k < nextEvent; k++) if (verbConj(k)) { hi = k; break; }
  }
  if (lo === 0 && hi === t.length) return null;
  // "1,200 soldiers and 45 helicopters had been deployed": a subject conjunct without a verb of its
  // own shares the predicate after the next one.
  if (hi < t.length && lo === 0 && nextSib >= 0 && (a.lower[t[hi]!] === "and" || a.lower[t[hi]!] === "or") && !t.slice(0, hi).some((i) => isVerb(a, i))) {
    const verb = t.findIndex((i, k) => k > nextSib && isVerb(a, i));
    if (verb > 0) return { tokens: [...t.slice(0, hi), ...t.slice(verb)], prefix: [] };
  }
  // After "and" + verb the conjuncts share only the subject ("operates in 14 cities and completes …");
  // otherwise they share everything before the first figure ("has won over five million … and over 100,000 …").
  let prefix: number[] = [];
  // "…, and wages rose 2%": a conjunct with its own subject and verb before its figure shares nothing.
  const ownClause = (() => {
    const v = t.slice(lo, fi).findIndex((i) => isVerb(a, i));
    return v > 0 && t.slice(lo, lo + v).some((i) => ["NOUN", "PROPN", "PRON"].includes(a.pos[i] ?? ""));
  })();
  if (lo > 0 && !ownClause) {
    if (isVerb(a, t[lo]!) || (a.pos[t[lo]!] === "ADV" && isVerb(a, t[lo + 1] ?? -1))) {
      const v = t.findIndex((i) => isVerb(a, i));
      prefix = v > 0 ? t.slice(0, v).filter((i) => a.pos[i] !== "ADV") : [];
    } else prefix = t.slice(0, Math.min(fi, ...before));
  }
  return { tokens: t.slice(lo, hi), prefix };
}

interface Aside {
  /** Tokens removed when the aside is dropped (its punctuation included). */
  outer: Span;
  /** The aside's words. */
  piece: Span;
  relative: boolean;
  antecedent?: Span;
  /** ", built in 1931,": a participle describing the noun before it. */
  participle?: boolean;
}

// A sentence's asides, kept for its next claim: claimText runs once per claim, and a sentence
// with several claims would find them again each time. Never modified by the caller.
let asidesOf: { a: Analysis; seg: Segment; asides: Aside[] } | null = null;

function sentenceAsides(a: Analysis, seg: Segment): Aside[] {
  if (asidesOf?.a !== a || asidesOf.seg !== seg) asidesOf = { a, seg, asides: asides(a, seg) };
  return asidesOf.asides;
}

/** Parentheses, paired dashes and comma-bounded relative clauses or appositives. */
function asides(a: Analysis, seg: Segment): Aside[] {
  const out: Aside[] = [];
  for (let i = seg.first; i <= seg.last; i++) {
    const v = a.value[i] ?? "";
    const open = v === "(" ? ")" : DASHES.has(v) ? v : v === "," ? "," : null;
    if (!open) continue;
    let j = i + 1;
    while (j <= seg.last && a.value[j] !== open && !(open === "," && (DASHES.has(a.value[j] ?? "") || a.value[j] === ";"))) j++;
    // A relative clause may run to the end of the sentence: "…, which gained 0.3%."
    if (open === "," && j > seg.last && RELATIVE.has(a.lower[i + 1] ?? "")) j = /^[.!?]$/.test(a.value[seg.last] ?? "") ? seg.last : seg.last + 1;
    else if (j > seg.last || a.value[j] !== open || j - i < 2) continue;
    const piece = { first: i + 1, last: j - 1 };
    const w = a.lower[i + 1] ?? "";
    if (open === ",") {
      // ", at which prosecutors will …", ", under which the fee …": a relative clause after a preposition.
      const prepositional = a.pos[i + 1] === "ADP" && (a.lower[i + 2] === "which" || a.lower[i + 2] === "whom");
      const rel = RELATIVE.has(w) || prepositional;
      const appositive = (w === "the" || w === "a" || w === "an") && a.pos[i - 1] === "PROPN" && !hasVerbAfterSubject(a, piece);
      const participle = !rel && !appositive && participleAside(a, i, j, seg);
      if (!rel && !appositive && !participle) continue;
      const antecedent = nounBefore(a, i, seg);
      // ", at which …" has no antecedent to write before it: its claim is the clause after "which".
      out.push({ outer: { first: i, last: j }, piece, relative: rel, ...(antecedent && !prepositional ? { antecedent } : {}), ...(participle ? { participle } : {}) });
      i = j - 1;
    } else {
      out.push({ outer: { first: i, last: j }, piece, relative: false });
      i = j;
    }
  }
  return out;
}

/**
 * "The study, known as GLOW, enrolled …", "The bridge, built in 1931, carries …": a past
 * participle set off by commas between a subject and its verb describes the subject; the
 * sentence's claim is the subject with its verb.
 */
function participleAside(a: Analysis, open: number, close: number, seg: Segment): boolean {
  const w = a.lower[open + 1] ?? "";
  if (a.pos[open + 1] !== "VERB" || !(/(ed|en|wn)$/.test(w) || PARTICIPLES.has(w))) return false;
  if (a.pos[open - 1] !== "NOUN" && a.pos[open - 1] !== "PROPN") return false;
  if (close + 1 > seg.last || !isVerb(a, close + 1)) return false;
  for (let k = open + 2; k < close; k++) if (isVerb(a, k)) return false;
  return true;
}

/** Participles that describe a lasting state ("known as GLOW"): "is", not "was". */
const STATE_PARTICIPLES = new Set(["known", "called", "named", "based", "owned", "listed", "headquartered"]);

const PARTICIPLES = new Set(["built", "held", "led", "run", "set", "made", "bought", "sold", "brought", "kept", "paid", "sent", "spent", "won", "left", "put", "cut", "hit", "told", "found"]);

/** An appositive has no main verb of its own before a relative pronoun ("the startup that has …"). */
function hasVerbAfterSubject(a: Analysis, s: Span): boolean {
  for (let i = s.first; i <= s.last; i++) {
    if (RELATIVE.has(a.lower[i] ?? "") || a.lower[i] === "that") return false;
    if (isVerb(a, i)) return true;
  }
  return false;
}

function nounBefore(a: Analysis, comma: number, seg: Segment): Span | null {
  let k = comma - 1;
  if (k < seg.first) return null;
  const last = k;
  while (k >= seg.first && (a.pos[k] === "PROPN" || a.pos[k] === "NOUN" || a.pos[k] === "ADJ" || a.pos[k] === "DET" || a.value[k] === "." || a.pos[k] === "PART")) k--;
  return k + 1 <= last ? { first: k + 1, last } : null;
}

function lastKept(dropped: Uint8Array, seg: Segment, i: number): number {
  while (i > seg.first && dropped[i - seg.first] === 1) i--;
  return i;
}

function keptTokens(dropped: Uint8Array, seg: Segment, p: Span): number[] {
  const out: number[] = [];
  for (let i = p.first; i <= p.last; i++) if (dropped[i - seg.first] !== 1) out.push(i);
  return out;
}

function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

/** A verb, unless it is the second half of a hyphenated compound ("Jakarta-based", "ride-hailing"). */
const isVerb = (a: Analysis, i: number) =>
  (a.pos[i] === "VERB" || a.pos[i] === "AUX") && !(a.value[i - 1] === "-" && a.end[i - 1] === a.start[i]);
const hasVerb = (a: Analysis, t: number[]) => t.some((i) => isVerb(a, i));
const firstVerb = (a: Analysis, t: number[]) => t.find((i) => isVerb(a, i)) ?? -1;

function startsWithVerb(a: Analysis, t: number[]): boolean {
  for (const i of t) {
    if (a.pos[i] === "ADV" || a.pos[i] === "CCONJ" || a.pos[i] === "PUNCT") continue;
    return isVerb(a, i);
  }
  return false;
}

/** The clause a whole-sentence claim is about: the first with a verb, else the first. */
/** "Even if they get an angry email, …", "When it launched, …": a clause that hangs on another. */
function subordinate(a: Analysis, p: Span): boolean {
  // Taggers read "when" and "once" as adverbs too, so the words count as well as the tag.
  const opens = (i: number) => a.pos[i] === "SCONJ" || SUBORDINATORS.has(a.lower[i] ?? "");
  return opens(p.first) || (a.pos[p.first] === "ADV" && opens(p.first + 1));
}

const SUBORDINATORS = new Set(["if", "when", "whenever", "while", "although", "though", "because", "unless", "once", "until", "whereas"]);

function mainPiece(a: Analysis, pieces: Span[]): Span {
  const finite = pieces.find((p) => {
    if (subordinate(a, p)) return false;
    const t = range(p.first, p.last);
    const v = firstVerb(a, t);
    return v > p.first && !/ing$/.test(a.lower[v] ?? "") && t.some((i) => i < v && ["PROPN", "NOUN", "PRON"].includes(a.pos[i] ?? ""));
  });
  return (
    finite ??
    pieces.find((p) => hasVerb(a, range(p.first, p.last)) && p.last - p.first >= 2 && !subordinate(a, p)) ??
    // The tagger may miss the main verb ("the retailer refunds/NOUN the fee"): still not the subordinate clause.
    pieces.find((p) => p.last - p.first >= 2 && !subordinate(a, p)) ??
    pieces[0]!
  );
}

/** The subject of the sentence's main clause: the words before the first verb of a clause that has both. */
function mainSubject(a: Analysis, pieces: Span[], dropped: Uint8Array, seg: Segment, except: Span): number[] {
  // "Nusaride, the …, has raised": a verbless opening name is the subject of what follows.
  const opening = pieces[0];
  if (opening && opening !== except && opening.first === seg.first) {
    const t = keptTokens(dropped, seg, opening);
    if (t.length <= 6 && !hasVerb(a, t) && a.pos[t[t.length - 1]!] === "PROPN") return t;
  }
  const phrase = subjectBeforeAsides(a, pieces, dropped, seg, except);
  if (phrase.length) return phrase;
  for (const p of pieces) {
    if (p === except) continue;
    const t = keptTokens(dropped, seg, p);
    // The first verb with a noun or pronoun right before it ("closely held Xiaomi sells": "sells").
    const v = t.find((i, k) => isVerb(a, i) && k > 0 && ["PROPN", "NOUN", "PRON"].includes(a.pos[t[k - 1]!] ?? "")) ?? -1;
    const subject = t.filter((i) => i < v);
    if (v >= 0 && subject.some((i) => a.pos[i] === "PROPN" || a.pos[i] === "NOUN" || a.pos[i] === "PRON")) {
      // "closely held Xiaomi" → "Xiaomi": keep the trailing name when the subject ends in one.
      let k = subject.length - 1;
      while (k > 0 && a.pos[subject[k - 1]!] === "PROPN") k--;
      return a.pos[subject[subject.length - 1]!] === "PROPN" ? subject.slice(k) : subject;
    }
  }
  return [];
}

const NOUN_PHRASE_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "our", "my"]);

/**
 * "Core inflation, which strips out energy, food and fuel, was unchanged at 4.1%", "The council's
 * auditors, Pell & Garrity, are due to report …": a clause that opens with its verb after a run of
 * verbless pieces takes the first plain noun phrase of that run as its subject (a list, an age or an
 * appositive follows it; a place opener like "A few metres away" is not one).
 */
function subjectBeforeAsides(a: Analysis, pieces: Span[], dropped: Uint8Array, seg: Segment, except: Span): number[] {
  const verb = keptTokens(dropped, seg, except).find((i) => a.pos[i] !== "ADV");
  // Only a finite verb lacks its subject: "…, arguing that …" is an adjunct, not a clause.
  if (verb === undefined || !isVerb(a, verb) || /ing$/.test(a.lower[verb] ?? "")) return [];
  const at = pieces.indexOf(except);
  // The verbless noun phrases between the sentence's opening and the verb, nearest first.
  const run: number[][] = [];
  for (let k = at - 1; k >= 0; k--) {
    const t = contiguous(keptTokens(dropped, seg, pieces[k]!));
    if (hasVerb(a, t)) break;
    const plain = t.length > 0 && t.length <= 8 && t.every((i) => NOUN_PHRASE_POS.has(a.pos[i] ?? "") || POSSESSIVES.has(a.lower[i] ?? "") || a.value[i] === "&" || a.pos[i] === "CCONJ");
    const head = a.pos[t[t.length - 1] ?? -1];
    if (plain && a.pos[t[0]!] !== "NUM" && (head === "NOUN" || head === "PROPN")) run.unshift(t);
  }
  const [first, second] = run;
  if (!first) return [];
  // "Her predecessor, Alan Pryce, resigned": the name after a role is the subject to write.
  const isName = (t: number[]) => t.every((i) => a.pos[i] === "PROPN" || a.value[i] === "&");
  return a.pos[first[first.length - 1]!] === "NOUN" && second && isName(second) ? second : first;
}

/** A name or an age set off by commas after an object: "…fined its auditor, Dunlow & Co., £4.2 million". */
function isInterjectedPhrase(a: Analysis, t: number[]): boolean {
  const name = t.length > 0 && t.length <= 5 && a.pos[t[0]!] === "PROPN" && t.every((i) => a.pos[i] === "PROPN" || a.value[i] === "&" || a.value[i] === ".");
  return name || (t.length === 1 && a.pos[t[0]!] === "NUM");
}

/** The leading run of consecutive tokens: "Core inflation" of "Core inflation [aside] food". */
function contiguous(t: number[]): number[] {
  let k = 1;
  while (k < t.length && t[k] === t[k - 1]! + 1) k++;
  return t.slice(0, k);
}

/** Long clauses shrink to the verb phrase around the focus. */
function window(a: Analysis, t: number[], focus: Span): number[] {
  const fi = t.findIndex((i) => i >= focus.first);
  if (fi < 0) return t.slice(0, MAX_WORDS);
  let from = fi;
  while (from > 0 && fi - from < 10 && !isVerb(a, t[from]!)) from--;
  while (from > 0 && fi - from < 14 && (isVerb(a, t[from - 1]!) || a.pos[t[from - 1]!] === "PART" || a.pos[t[from - 1]!] === "ADV")) from--;
  // Keep the subject when it sits right before the verb.
  let s = from;
  while (s > 0 && from - s < 4 && ["PROPN", "NOUN", "PRON", "DET", "ADJ", "PART"].includes(a.pos[t[s - 1]!] ?? "")) s--;
  const end = Math.min(t.length, Math.max(fi + 8, s + MAX_WORDS));
  // Never stop on a word that needs what follows ("… less likely than", "… growth in its"): run on
  // to the end of the phrase, or, if it is long, back to the last word that ends one.
  // A modifier whose noun comes next ("its cloud | computing division") is open too.
  const open = (i: number) =>
    OPEN_POS.has(a.pos[i] ?? "") || a.lower[i] === "than" || a.lower[i] === "to" ||
    (a.pos[i] === "NOUN" && a.pos[i + 1] === "NOUN" && a.kind[i + 1] === "word") ||
    (a.pos[i] === "ADJ" && ["NOUN", "PROPN", "NUM", "ADJ"].includes(a.pos[i + 1] ?? ""));
  let e = end;
  while (e < t.length && e - end < 6 && open(t[e - 1]!)) e++;
  if (open(t[e - 1]!)) {
    e = end;
    while (e > fi + 1 && open(t[e - 1]!)) e--;
  }
  // "Households that moved to the tariff in the spring were 18% less likely …": the words before the
  // verb ended a prepositional phrase inside a relative clause; the subject is the relative's antecedent.
  if (s > 0 && a.pos[t[s - 1]!] === "ADP") {
    for (let r = s - 2; r > 0 && s - r < 16; r--) {
      if (!RELATIVE_THAT.has(a.lower[t[r]!] ?? "")) continue;
      let h = r;
      while (h > 0 && r - h < 4 && ["NOUN", "PROPN", "ADJ", "DET"].includes(a.pos[t[h - 1]!] ?? "")) h--;
      if (h < r && (a.pos[t[r - 1]!] === "NOUN" || a.pos[t[r - 1]!] === "PROPN")) return [...t.slice(h, r), ...t.slice(from, e)];
      break;
    }
  }
  return t.slice(s, e);
}

const RELATIVE_THAT = new Set(["that", "who", "which"]);

const OPEN_POS = new Set(["DET", "ADP", "CCONJ", "SCONJ", "AUX", "PART", "PRON"]);

function figureReplacements(figures: Figure[]): Replacement[] {
  // "one organiser", "three times": a small count in words stays as written ("1 organiser" reads
  // as a misprint); figures with a scale, unit of money, percent or comparator are made canonical.
  return figures.filter((f) => !(f.kind === "count" && f.wordy && f.value < 10 && !f.comparator)).map((f) => ({ first: f.first, last: lastNumberToken(f), text: f.display }));
}

function lastNumberToken(f: Figure): number {
  return f.last;
}

const NO_SPACE_BEFORE = new Set([",", ".", ";", ":", "!", "?", "'s", "’s", "n't", "%", ")", "'re", "'ll", "'ve", "'d", "'m"]);

/** Joins tokens with the text's own spacing where they were adjacent, replacements substituted. */
export function render(a: Analysis, tokens: number[], replacements: Replacement[]): string {
  const byStart = new Map<number, Replacement>();
  for (const r of replacements) if (!byStart.has(r.first)) byStart.set(r.first, r);
  // Built only when a replacement spanning several tokens needs it (most claims have none).
  let kept: Set<number> | null = null;
  const keepsAll = (r: Replacement) => {
    if (r.first === r.last) return true;
    kept ??= new Set(tokens);
    for (let k = r.first; k <= r.last; k++) if (!kept.has(k)) return false;
    return true;
  };
  let out = "";
  let prev = -2;
  // Tokens already written as part of a replacement ("five percent" → "5%"); a prefix may come
  // from later in the sentence than the clause it is joined to, so order is not monotonic.
  let coveredFrom = -1;
  let coveredTo = -2;
  for (let idx = 0; idx < tokens.length; idx++) {
    const i = tokens[idx]!;
    if (i >= coveredFrom && i <= coveredTo) continue;
    const r = byStart.get(i);
    // A pronoun whose referent the claim already names stays a pronoun ("Xiaomi … its fans").
    const redundant = r && r.first === r.last && a.pos[i] === "PRON" && out.includes(r.text.replace(/'s$/, ""));
    const piece = r && !redundant && keepsAll(r) ? r.text : (a.value[i] ?? "");
    if (out) {
      const gap = prev === i - 1 ? a.text.slice(a.end[prev], a.start[i]) : " ";
      out += NO_SPACE_BEFORE.has(a.lower[i] ?? "") && prev !== i - 1 ? "" : gap.length ? " " : "";
    }
    out += piece;
    if (r && piece === r.text) {
      coveredFrom = r.first;
      coveredTo = r.last;
      prev = r.last;
    } else prev = i;
  }
  return out;
}

/**
 * The wording tidied: spaces collapsed, stray punctuation and quote marks at the ends removed,
 * unbalanced quote marks dropped, first letter capitalised. Character loops rather than a chain of
 * regular expressions: this runs for every claim, and the regular expressions were ~2% of the
 * whole extraction. Same result as `replace(/\s+/g, " ").trim()`, then the end trims.
 */
function finish(text: string): string {
  let t = collapseSpaces(text);
  let from = 0;
  while (from < t.length && LEAD_STRIP.has(t[from]!)) from++;
  let to = t.length;
  while (to > from && TAIL_STRIP.has(t[to - 1]!)) to--;
  while (to > from && (t[to - 1] === "." || t[to - 1] === "!")) to--;
  if (from > 0 || to < t.length) t = t.slice(from, to);
  // Spaces are single now: " ," becomes ",".
  if (hasSpaceBeforePunct(t)) t = t.replace(/\s+([,.;:])/g, "$1");
  // Balance quotes the clause cut in half.
  let opens = 0;
  let closes = 0;
  let straight = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x201c) opens++; // “
    else if (c === 0x201d) closes++; // ”
    else if (c === 0x22) straight++; // "
  }
  if (opens !== closes) t = t.replace(/[“”]/g, "");
  if (straight % 2 === 1) t = t.replace(/"/g, "");
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const LEAD_STRIP = new Set([" ", '"', "“", "”", "'", "‘", "’", ",", ";", ":", "–", "—", "-"]);
const TAIL_STRIP = new Set([" ", ",", ";", ":", "–", "—", "-"]);
/** A space before , . ; or : (by code unit: no one-character strings per character of every claim). */
function hasSpaceBeforePunct(t: string): boolean {
  for (let i = 1; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if ((c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a) && t.charCodeAt(i - 1) === 0x20) return true;
  }
  return false;
}

/** `text.replace(/\s+/g, " ").trim()`, returning the text itself when it is already so. */
function collapseSpaces(text: string): string {
  let prevSpace = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) prevSpace = false;
    else if (c !== 0x20 || prevSpace) return text.replace(/\s+/g, " ").trim();
    else prevSpace = true;
  }
  return prevSpace && text.length ? text.trim() : text;
}
