/**
 * The TIMEX3 layer: every time expression in a document (dates, times, durations, sets,
 * PRESENT_REF/PAST_REF/FUTURE_REF), with TempEval-3 extents and values resolved against the
 * publication date, the tense of the sentence and the dates mentioned before.
 */
import type { AnnotatedText, Sentence } from "./annotated-text.js";
import { type Day, parseDay } from "./time-calendar.js";
import { type Anchor, anchorOf, type TimeEnv, type TimexType } from "./time-resolve.js";
import { RULE_GATES, RULE_HINTS, UNIT } from "./time-rule-hints.js";
import { CALENDAR_RULES, quarterOfValue, type TimeRule } from "./time-rules-calendar.js";
import { RELATIVE_RULES } from "./time-rules-relative.js";
import { type TenseMemo, tenseMemo, tenseOrNull, tokenRange } from "./time-tense.js";
import { meetsNeeds, RULE_NEEDS, sentenceTriggers, T } from "./time-triggers.js";

/** One time expression. Offsets are JS string indices into the text. */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2024-10-25", "2024-W43", "P10D", "PRESENT_REF", "XXXX-WXX-4"… */
  value: string;
  /** TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS. */
  mod?: string;
  sentence: number;
  tokenStart: number;
  tokenEnd: number;
  /** Id of the rule that found it, for --explain. */
  rule: string;
}

/** All rules, in priority order for matches of equal length. */
export const TIME_RULES: readonly TimeRule[] = [...CALENDAR_RULES, ...RELATIVE_RULES];

interface Candidate {
  start: number;
  end: number;
  rule: TimeRule;
  groups: Record<string, string | undefined>;
  priority: number;
  /** The sentence it was found in (its index), whose tokens hold its own. */
  sentence: number;
}

/** A cheap test that a sentence could hold a time expression at all. */
const HINT =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|to(?:day|night|morrow)|yesterday|ago|last|next|this|past|coming|week|month|year|day|hour|minute|second|decade|centur|quarter|spring|summer|fall|autumn|winter|noon|midnight|morning|evening|night|afternoon|now|current|recent|future|present|lately|daily|annual|hourly|fiscal|christmas|thanksgiving|halloween|valentine|nowadays|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|nineteen|thousand)/i;

/** A rule with its place in TIME_RULES (its priority) and the tests a sentence must pass first. */
interface RuleTests {
  rule: TimeRule;
  priority: number;
  needs: readonly number[] | undefined;
  hint: RegExp | undefined;
  gate: RegExp | undefined;
}

/** A hint the rule's needs already imply (any unit word, when a unit is needed) need not run. */
function hintOf(id: string): RegExp | undefined {
  const hint = RULE_HINTS[id];
  const needs = RULE_NEEDS[id] ?? [];
  const unitNeeded = needs.includes(T.unit) || needs.includes(T.spacedUnit);
  return hint === UNIT && unitNeeded ? undefined : hint;
}

const RULE_TESTS: readonly RuleTests[] = TIME_RULES.map((rule, priority) => ({
  rule,
  priority,
  needs: RULE_NEEDS[rule.id],
  hint: hintOf(rule.id),
  gate: RULE_GATES[rule.id],
}));

/** A rule's match without named groups reads none: shared, never written to. */
const NO_GROUPS: Readonly<Record<string, string | undefined>> = Object.freeze({});

/** The candidates of one sentence whose trigger classes are `mask`, in rule order. */
function collect(text: string, sentence: Sentence, mask: number, out: Candidate[]): void {
  let slice: string | null = null;
  for (const { rule, priority, needs, hint, gate } of RULE_TESTS) {
    if (!meetsNeeds(mask, needs)) continue;
    if (slice === null) {
      // HINT's first alternative is a digit: a sentence holding one passes without the test.
      if ((mask & T.digit) === 0 && !HINT.test(sentence.text)) return;
      slice = text.slice(sentence.start, sentence.end);
    }
    if (hint?.test(slice) === false || gate?.test(slice) === false) continue;
    const re = rule.re;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const whole = m[0];
      // As String.prototype.matchAll: an empty match moves on by one code unit.
      if (whole === "") re.lastIndex++;
      const lead = whole.length - whole.trimStart().length;
      const body = whole.trim();
      if (!body) continue;
      const start = sentence.start + m.index + lead;
      out.push({
        start,
        end: start + body.length,
        rule,
        groups: m.groups ?? NO_GROUPS,
        priority,
        sentence: sentence.index,
      });
    }
  }
}

/** Longest first, then rule order; keep those that overlap nothing kept before. */
function select(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority,
  );
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Rules that name a quarter themselves (not "a year ago", which only shifts one). */
const EXPLICIT_QUARTER = new Set(["time.quarter", "time.q-number", "time.relative-unit"]);

/** Resolution state carried through the document in reading order. */
interface State {
  dct: Day;
  /** The document's token tenses, as tenseOrNull works them out. */
  tenses: TenseMemo;
  anchor: Anchor | null;
  quarter: { y: number; q: number; sentence: number } | null;
  /** The day of the latest date of day precision and the sentence it was named in. */
  day: { day: Day; sentence: number } | null;
}

function resolveOne(at: AnnotatedText, c: Candidate, state: State, rejected: Candidate[]): Timex | null {
  const within = at.sentences[c.sentence];
  const [tokenStart, tokenEnd] = within
    ? tokenRange(at, c.start, c.end, within.tokenStart, within.tokenEnd)
    : tokenRange(at, c.start, c.end);
  if (tokenStart < 0) return null;
  const sentence = at.tokens[tokenStart]?.sentence ?? 0;
  const quarter = state.quarter && sentence - state.quarter.sentence <= 1 ? state.quarter : null;
  const env: TimeEnv = {
    dct: state.dct,
    tense: tenseOrNull(at, tokenStart, tokenEnd, state.tenses),
    anchor: state.anchor,
    quarter,
    docQuarter: state.quarter,
    sentenceDay: state.day?.sentence === sentence ? state.day.day : null,
  };
  const r = c.rule.resolve(c.groups, env);
  if (!r) {
    rejected.push(c);
    return null;
  }
  if (r.type === "DATE" || r.type === "TIME") {
    const a = anchorOf(r.value);
    if (a) state.anchor = a;
    if (a?.granularity === "day") state.day = { day: a.day, sentence };
    const q = EXPLICIT_QUARTER.has(c.rule.id) ? quarterOfValue(r.value) : null;
    // (A literal: a spread copy that adds a field gets a map of its own.)
    if (q) state.quarter = { y: q.y, q: q.q, sentence };
  }
  const t: Timex = {
    start: c.start,
    end: c.end,
    text: at.text.slice(c.start, c.end),
    type: r.type,
    value: r.value,
    sentence,
    tokenStart,
    tokenEnd,
    rule: c.rule.id,
  };
  if (r.mod) t.mod = r.mod;
  return t;
}

/**
 * Find every time expression and resolve it against the publication date (YYYY-MM-DD).
 * @example findTimexes(annotate("Prices rose 3% last week."), "2024-10-28")[0] // {text: "last week", type: "DATE", value: "2024-W43", …}
 */
export function findTimexes(at: AnnotatedText, dct: string): Timex[] {
  const day = parseDay(dct) ?? { y: 1970, m: 1, d: 1 };
  const candidates: Candidate[] = [];
  const masks = sentenceTriggers(at.text, at.sentences);
  for (let k = 0; k < at.sentences.length; k++)
    collect(at.text, at.sentences[k] as Sentence, masks[k] as number, candidates);
  let pending = select(candidates);
  const out: Timex[] = [];
  const state: State = { dct: day, tenses: tenseMemo(at), anchor: null, quarter: null, day: null };
  // A match its rule rejects ("may" the modal) gives way to the shorter matches it covered.
  for (let round = 0; round < 3 && pending.length; round++) {
    const rejected: Candidate[] = [];
    for (const c of pending) {
      const t = resolveOne(at, c, state, rejected);
      if (t) out.push(t);
    }
    // Nothing rejected: nothing gives way, and the candidates are no longer needed.
    if (rejected.length === 0) break;
    const rest = candidates.filter(
      (c) =>
        !rejected.includes(c) &&
        rejected.some((r) => c.start < r.end && r.start < c.end) &&
        !out.some((t) => c.start < t.end && t.start < c.end),
    );
    candidates.splice(0, candidates.length, ...candidates.filter((c) => !rejected.includes(c)));
    pending = select(rest);
  }
  return out.sort((a, b) => a.start - b.start);
}
