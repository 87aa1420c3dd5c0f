/**
 * Cheap literal tests, one per time rule: a rule's full expression only runs on a sentence
 * that passes its hint (most sentences hold no month name, no clock time, no "ago"), which
 * keeps the time stage at several times the tokenizer's speed.
 */

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;
/** Any unit word: the literals of the trigger class T.unit (time-triggers.ts), so a rule needing that class passes it. */
export const UNIT = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i;

/** Hint of each rule id; a rule without one always runs. */
export const RULE_HINTS: Readonly<Record<string, RegExp>> = {
  "time.iso-date": /\d{4}-\d/,
  "time.slash-date": /\d\/\d/,
  "time.month-day": MONTH,
  "time.day-month": MONTH,
  "time.month-year": MONTH,
  "time.month-relative-year": MONTH,
  "time.month": MONTH,
  "time.may": /May/,
  "time.year-end": /year.?s? end|end of the year|year-end/i,
  "time.year": /(?:1[6-9]|20)\d\d/,
  "time.fiscal-short": /fiscal/i,
  "time.decade": /0'?s\b|ties\b/i,
  "time.century": /century/i,
  "time.quarter": /quarter/i,
  "time.q-number": /Q[1-4]/,
  "time.half": /half/i,
  "time.season": /spring|summer|fall|autumn|winter/i,
  "time.holiday": /Christmas|New Year|Thanksgiving|Independence|Halloween|Valentine|Labor Day|Memorial Day/,
  "time.clock": /\d\s*[ap]\.?m|\d:\d|noon|midday|midnight/i,
  "time.weekday-clock": WEEKDAY,
  "time.weekday": WEEKDAY,
  "time.relative-day": /today|yesterday|tomorrow|tonight/i,
  "time.part-of-day": /morning|afternoon|evening|night/i,
  "time.spoken-year": /nineteen|two thousand/i,
  "time.relative-unit": /\b(?:this|last|next|previous|following|current|same|that|coming|past)\b/i,
  "time.the-unit-span": /\b(?:for|over|throughout|during)\s+the\s+(?:\w+\s+)?(?:year|month|week)/i,
  "time.the-unit": /\bthe\s+(?:\w+\s+)?(?:year|month|week)/i,
  "time.the-weekend": /weekend/i,
  "time.ago": /\b(?:ago|earlier|later|before|after|hence|from now|previously|back)\b/i,
  "time.year-earlier": /quarter|period/i,
  "time.year-earlier-adj": /year-/i,
  "time.set-rate": /\b(?:a|an|per|each)\s+(?:day|week|month|year|hour|night|quarter)/i,
  "time.duration": UNIT,
  "time.half-unit": /half/i,
  "time.vague-duration": UNIT,
  "time.set-every": /\b(?:every|each)\b/i,
  "time.set-adverb": /daily|weekly|monthly|yearly|hourly|nightly/i,
  "time.set-plural-weekday": /days\b/,
  "time.reference":
    /recent|now|current|present|these days|lately|future|the past|coming|term|past (?:years|decades)/i,
};

const MONTH3 = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)";
const UNIT_STEM = "(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur)";
const gate = (source: string): RegExp => new RegExp(source, "i");

/**
 * Gates, a second necessary condition per rule, written from the words and digits a rule's
 * match cannot do without ("ago" right after a unit, a digit right after a month name), and
 * case-insensitive like the rules. A sentence must pass its rule's hint and gate before the
 * rule runs on it; gates only ever skip a rule that could not match, so the rules find exactly
 * what they would find without them.
 */
export const RULE_GATES: Readonly<Record<string, RegExp>> = {
  "time.iso-date": /\d{4}-\d\d-\d\d/,
  "time.slash-date": /\d\/\d\d?\/\d/,
  "time.month-day": gate(`${MONTH3}[a-z.]*\\s+\\d`),
  "time.day-month": gate(`\\d(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH3}`),
  "time.month-year": gate(`${MONTH3}[a-z.]*,?\\s+(?:of\\s+)?['\\d]`),
  "time.month-relative-year": gate(`${MONTH3}[a-z.]*\\s+(?:of\\s+)?(?:this|last|next)\\s+year`),
  "time.month": gate(MONTH3),
  "time.may": gate("(?:in|since|until|till|by|during|through|from|before|after|of|between|and)\\s+may"),
  "time.century": gate("\\d(?:st|nd|rd|th)[-\\s]century"),
  "time.quarter": gate("(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\\s](?:fiscal[-\\s])?quarter"),
  "time.half": gate("the\\s+(?:first|second)\\s+half\\s+of"),
  "time.weekday-clock": gate(
    "(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day|\\.)\\s+(?:at\\s+)?(?:\\d|noon|midday|midnight)",
  ),
  "time.weekday": gate("(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*(?:day|\\.)"),
  "time.part-of-day": gate("(?:this|last)\\s+(?:morning|afternoon|evening|night|overnight)"),
  "time.relative-unit": gate(
    "(?:this|last|next|previous|following|current|same|that|coming|past)\\s+(?:fiscal\\s+|calendar\\s+)?(?:week|month|year|quarter|decade|century|day)",
  ),
  "time.the-unit-span": gate("(?:for|over|throughout|during)\\s+the\\s+"),
  "time.the-unit": gate("the\\s+(?:(?:full|whole|entire|fiscal|calendar)\\s+)?(?:year|month|week)"),
  "time.the-weekend": gate("(?:the|this|last|next|past|coming)\\s+weekend"),
  "time.ago": gate(
    `[-\\s]${UNIT_STEM}[a-z]*\\s+(?:or\\s+so\\s+)?(?:ago|earlier|later|hence|from|previously|back|before|after)`,
  ),
  "time.duration": gate(
    `(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty|hundreds?|thousand|dozen|of|few|several|many|a|an)[-\\s]+(?:(?:more|additional|full|straight|consecutive|long|extra|trading|business|working|calendar)\\s+)?${UNIT_STEM}`,
  ),
  "time.half-unit": gate(
    "an?\\s+(?:year|hour|minute|day)\\s+and\\s+a\\s+half|half\\s+an?\\s+(?:hour|day|year|century)",
  ),
  "time.vague-duration": gate(
    "(?:for|over|in|within|took|take|takes|lasted|last|spent|spend|than|after|before)\\s+(?:(?:the\\s+)?(?:past|last|next|many|several|few)\\s+|the\\s+)?(?:years|months|weeks|days|decades|hours|minutes|centuries)",
  ),
  "time.set-rate": gate("(?:a|an|per|each)\\s+(?:day|week|month|year|hour|night|quarter)"),
  "time.set-every": gate("(?:every|each)\\s"),
  "time.set-plural-weekday": gate("on\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days"),
};
