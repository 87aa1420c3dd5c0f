/**
 * Regular English verb inflection, used for dictionary verbs that list no irregular forms.
 * Pure functions; no I/O.
 */

/** Two-syllable verbs stressed on the last syllable, which double the final consonant. */
const DOUBLING = new Set([
  "abet",
  "acquit",
  "admit",
  "commit",
  "compel",
  "concur",
  "confer",
  "control",
  "deter",
  "embed",
  "equip",
  "expel",
  "forbid",
  "incur",
  "infer",
  "kidnap",
  "occur",
  "omit",
  "outstrip",
  "patrol",
  "permit",
  "prefer",
  "propel",
  "rebel",
  "rebut",
  "recur",
  "refer",
  "regret",
  "remit",
  "repel",
  "submit",
  "transfer",
  "transmit",
  "upset",
]);

/**
 * Common irregular verbs: "base past[,past2] participle[,participle2]" entries separated by "|".
 * Standard English grammar; used only to fill `forms` for dictionary verbs without `{...}`.
 */
const IRREGULAR_TABLE =
  "arise arose arisen|awake awoke awoken|be was,were been|bear bore borne|beat beat beaten|become became become|begin began begun|bend bent bent|bet bet bet|bid bid bid|bind bound bound|bite bit bitten|bleed bled bled|blow blew blown|break broke broken|breed bred bred|bring brought brought|broadcast broadcast broadcast|build built built|burn burnt,burned burnt,burned|burst burst burst|buy bought bought|cast cast cast|catch caught caught|choose chose chosen|cling clung clung|come came come|cost cost cost|creep crept crept|cut cut cut|deal dealt dealt|dig dug dug|do did done|draw drew drawn|dream dreamt,dreamed dreamt,dreamed|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed fed|feel felt felt|fight fought fought|find found found|flee fled fled|fling flung flung|fly flew flown|forbid forbade forbidden|forecast forecast forecast|foresee foresaw foreseen|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got got,gotten|give gave given|go went gone|grind ground ground|grow grew grown|hang hung,hanged hung,hanged|have had had|hear heard heard|hide hid hidden|hit hit hit|hold held held|hurt hurt hurt|keep kept kept|kneel knelt knelt|know knew known|lay laid laid|lead led led|lean leant,leaned leant,leaned|leap leapt,leaped leapt,leaped|learn learnt,learned learnt,learned|leave left left|lend lent lent|let let let|lie lay lain|light lit lit|lose lost lost|make made made|mean meant meant|meet met met|mislead misled misled|overcome overcame overcome|overrun overran overrun|oversee oversaw overseen|overthrow overthrew overthrown|pay paid paid|prove proved proven,proved|put put put|quit quit quit|read read read|rebuild rebuilt rebuilt|rid rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran run|say said said|see saw seen|seek sought sought|sell sold sold|send sent sent|set set set|shake shook shaken|shed shed shed|shoot shot shot|show showed shown|shrink shrank shrunk|shut shut shut|sing sang sung|sink sank sunk|sit sat sat|slay slew slain|sleep slept slept|slide slid slid|sling slung slung|slit slit slit|speak spoke spoken|speed sped sped|spend spent spent|spin spun spun|split split split|spread spread spread|spring sprang sprung|stand stood stood|steal stole stolen|stick stuck stuck|sting stung stung|strike struck struck|string strung strung|strive strove striven|swear swore sworn|sweep swept swept|swim swam swum|swing swung swung|take took taken|teach taught taught|tear tore torn|tell told told|think thought thought|throw threw thrown|thrust thrust thrust|tread trod trodden|undergo underwent undergone|understand understood understood|undertake undertook undertaken|undo undid undone|uphold upheld upheld|upset upset upset|wake woke woken|wear wore worn|weave wove woven|wed wed wed|weep wept wept|win won won|wind wound wound|withdraw withdrew withdrawn|withhold withheld withheld|withstand withstood withstood|wring wrung wrung|write wrote written";

/** @type {Map<string, string[]>} base → irregular past and participle forms */
const IRREGULAR = new Map(
  IRREGULAR_TABLE.split("|").map((entry) => {
    const [base = "", past = "", participle = ""] = entry.split(" ");
    return [base, [...new Set([...past.split(","), ...participle.split(",")])]];
  }),
);

/** @type {Map<string, string>} irregular past or participle → base ("forgave" → "forgive") */
const IRREGULAR_BASE = new Map(
  [...IRREGULAR].flatMap(([base, forms]) => forms.filter((f) => f !== base).map((f) => [f, base])),
);

/**
 * Base verbs spelled like an irregular form of another verb ("found" a state, "wound" a soldier).
 * A dictionary head word in this set is a base form, never an inflection.
 */
export const HOMOGRAPH_BASES = new Set(["bound", "fell", "found", "ground", "lay", "saw", "wound"]);

/**
 * Base form of an irregular past or participle, or null ("forgave" → "forgive", "found" → null).
 * @param {string} word lowercase
 * @returns {string | null}
 */
export function irregularBase(word) {
  if (HOMOGRAPH_BASES.has(word)) return null;
  return IRREGULAR_BASE.get(word) ?? null;
}

/**
 * True when the final consonant doubles before -ed/-ing ("stop" → "stopped", "admit" → "admitted").
 * @param {string} verb lowercase base form
 * @returns {boolean}
 */
export function doublesFinalConsonant(verb) {
  if (DOUBLING.has(verb)) return true;
  const word = verb.replace(/qu/g, "q");
  const syllables = word.match(/[aeiouy]+/g)?.length ?? 0;
  return syllables === 1 && /(^|[^aeiou])[aeiou][bdgklmnprt]$/.test(word);
}

/**
 * Regular forms of a base verb: third person singular, past, present participle.
 * @param {string} verb lowercase base form (may contain a hyphen, e.g. "re-establish")
 * @returns {string[]}
 */
export function regularForms(verb) {
  if (!/^[a-z][a-z'-]*[a-z]$/.test(verb)) return [];
  const irregular = splitIrregular(verb);
  if (irregular) {
    const { prefix, stem, forms } = irregular;
    return [thirdPerson(verb), ...forms.map((f) => prefix + f), prefix + participle(stem)];
  }
  return [thirdPerson(verb), pastForm(verb), participle(verb)];
}

/** Prefixes that keep the stem's irregular inflection ("retake" → "retook", "outrun" → "outran"). */
const PREFIXES = ["re", "over", "under", "out", "mis", "fore", "with", "up"];

/**
 * Splits an irregular verb into prefix and irregular stem ("retake" → "re" + "take", "take" → "" + "take").
 * @param {string} verb
 * @returns {{ prefix: string, stem: string, forms: string[] } | null}
 */
function splitIrregular(verb) {
  const own = IRREGULAR.get(verb);
  if (own) return { prefix: "", stem: verb, forms: own };
  if (verb === "relay") return null;
  for (const prefix of PREFIXES) {
    const stem = verb.slice(prefix.length);
    const forms = verb.startsWith(prefix) && stem.length >= 3 ? IRREGULAR.get(stem) : undefined;
    if (forms) return { prefix, stem, forms };
  }
  return null;
}

/** @param {string} v */
function thirdPerson(v) {
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(v)) return `${v}es`;
  return `${v}s`;
}

/** @param {string} v */
function pastForm(v) {
  if (v.endsWith("e")) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (doublesFinalConsonant(v)) return `${v}${v.at(-1)}ed`;
  return `${v}ed`;
}

/** @param {string} v */
function participle(v) {
  if (v.endsWith("ie")) return `${v.slice(0, -2)}ying`;
  if (/[^aeioy]e$/.test(v) && v.length > 2) return `${v.slice(0, -1)}ing`;
  if (doublesFinalConsonant(v)) return `${v}${v.at(-1)}ing`;
  return `${v}ing`;
}
