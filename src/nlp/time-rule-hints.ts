/**
 * Cheap literal tests, one per time rule: a rule's full expression only runs on a sentence
 * that passes its hint (most sentences hold no month name, no clock time, no "ago"), which
 * keeps the time stage at several times the tokenizer's speed.
 */

const MONTH = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;
const WEEKDAY = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/;
const UNIT = /second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur/i;

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
