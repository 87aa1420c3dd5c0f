/**
 * Definite descriptions of organisations named before: "the bloc" (ECOWAS), "the alliance"
 * (NATO), "the group" (the Houthis). They become actor phrases of their antecedent, so that the
 * coder finds them as subjects and objects like any name. Pure.
 */
import { type ActorPhrase, type AnnotatedText, copyPhrase, organisationAgent } from "../nlp/index.js";

/** What each noun can stand for: an intergovernmental body, an armed or political group, or either. */
const DEFINITE_NOUNS: ReadonlyMap<string, "igo" | "group" | "any"> = new Map([
  ["bloc", "igo"],
  ["union", "igo"],
  ["alliance", "igo"],
  ["organisation", "any"],
  ["organization", "any"],
  ["coalition", "any"],
  ["group", "group"],
  ["movement", "group"],
]);

/** How many sentences back the antecedent may be. */
const WINDOW = 4;

function fits(p: ActorPhrase, want: "igo" | "group" | "any"): boolean {
  if (p.modifierOnly) return false;
  // "ECOWAS leaders" (an organisation's agents) stand for it as well as its name does.
  const named = p.kind === "organisation" || organisationAgent(p);
  if (!named) return false;
  const igo = p.code.startsWith("IGO");
  return want === "any" || (want === "igo") === igo;
}

/** The organisation itself: "ECOWAS leaders" (IGOWAFWASGOV) → ECOWAS (IGOWAFWAS). */
function organisationOf(p: ActorPhrase): ActorPhrase {
  if (p.kind === "organisation" || !p.role || !p.code.endsWith(p.role)) return p;
  const c = copyPhrase(p);
  c.code = p.code.slice(0, -p.role.length);
  c.role = null;
  c.kind = "organisation";
  return c;
}

/** definiteOrganisations' flags of the tokens inside a phrase (see there). */
let coveredBuffer = new Uint8Array(4096);

/**
 * Add a phrase for every "the bloc" / "the group" … whose antecedent, the latest fitting
 * organisation in its sentence or the four before, is known; an agent right after "the group's"
 * ("the group's chief negotiator") speaks for that organisation. Returns the phrases in order.
 * @example definiteOrganisations(at, phrases) // "The bloc imposed sanctions" → the bloc = IGOWAFWAS
 */
export function definiteOrganisations(at: AnnotatedText, phrases: ActorPhrase[]): ActorPhrase[] {
  // Tokens inside a phrase, one flag per token (a set of numbers costs a hash insertion per token),
  // in a buffer kept from document to document (a typed array's allocation costs more than its fill).
  const n = at.tokens.length;
  if (coveredBuffer.length < n) coveredBuffer = new Uint8Array(2 * n);
  const covered = coveredBuffer;
  covered.fill(0, 0, n);
  for (const p of phrases) covered.fill(1, p.start, Math.min(p.end, n));
  const added: ActorPhrase[] = [];
  let k = 0;
  // Outside the loop: a closure reads it (a per-iteration binding costs a context per token).
  let i = 1;
  for (; i < at.tokens.length; i++) {
    const t = at.tokens[i];
    // "the" first: a word's look-up in the nouns is asked of the few tokens after one.
    if (!t || at.tokens[i - 1]?.lower !== "the") continue;
    const want = DEFINITE_NOUNS.get(t.lower);
    if (!want || covered[i] || covered[i - 1]) continue;
    while (k < phrases.length && (phrases[k] as ActorPhrase).end <= i - 1) k++;
    let antecedent: ActorPhrase | undefined;
    for (let j = k - 1; j >= 0; j--) {
      const p = phrases[j] as ActorPhrase;
      if (t.sentence - p.sentence > WINDOW) break;
      if (fits(p, want)) {
        antecedent = p;
        break;
      }
    }
    if (!antecedent) continue;
    antecedent = organisationOf(antecedent);
    const article = at.tokens[i - 1] as NonNullable<typeof t>;
    const c = copyPhrase(antecedent);
    c.start = i - 1;
    c.end = i + 1;
    c.head = i;
    c.sentence = t.sentence;
    c.text = `${article.text} ${t.text}`;
    c.charStart = article.start;
    c.charEnd = t.end;
    c.entries = [...antecedent.entries, "anaphora:definite"];
    c.modifierOnly = false;
    added.push(c);
    // "the group's chief negotiator": the agent speaks for the group.
    if (at.tokens[i + 1]?.lower === "'s") {
      const agent = phrases.find((p) => p.start >= i + 2 && p.start <= i + 3 && p.kind === "agent");
      if (agent) {
        agent.code = antecedent.code;
        agent.country = antecedent.country;
        agent.entries = [...agent.entries, "possessor:definite"];
      }
    }
  }
  if (!added.length) return phrases;
  return [...phrases, ...added].sort((a, b) => a.start - b.start);
}

/** Agent nouns that belong to the organisation named after them ("the leader of Hamas"). */
const MEMBER_NOUNS = new Set(
  "leader leaders head chief founder commander commanders spokesman spokeswoman spokesperson member members official officials chairman secretary-general envoy negotiator".split(
    " ",
  ),
);

/**
 * "Israel killed the leader of Hamas", "police arrested a senior leader of the Bangladesh
 * Nationalist Party": an agent noun followed by "of" / "for" and an organisation is that
 * organisation's, not the country of the actors named nearby. In place.
 * @example agentsOfOrganisations(at, phrases) // "leader of Hamas" → PSEREBHMS
 */
export function agentsOfOrganisations(at: AnnotatedText, phrases: ActorPhrase[]): void {
  for (let k = 0; k + 1 < phrases.length; k++) {
    const p = phrases[k] as ActorPhrase;
    if (p.kind !== "agent" || p.modifierOnly || !MEMBER_NOUNS.has(at.tokens[p.end - 1]?.lower ?? ""))
      continue;
    const prep = at.tokens[p.end]?.lower;
    if (prep !== "of" && prep !== "for") continue;
    const startsAt = at.tokens[p.end + 1]?.lower === "the" ? p.end + 2 : p.end + 1;
    const org = phrases.find((q) => q.start === startsAt || (q.start === p.end + 1 && q !== p));
    if (org?.kind !== "organisation" || org.modifierOnly || org.code.startsWith("IGO")) continue;
    p.code = org.code;
    p.country = org.country;
    p.role = org.role;
    p.entries = [...p.entries.filter((e) => !e.startsWith("context:")), "member-of:organisation"];
  }
}

/** Roles that a definite "the rebels", "the militants", "the troops" can take up again. */
const ROLE_FAMILIES: ReadonlyMap<string, string> = new Map([
  ["REB", "armed"],
  ["UAF", "armed"],
  ["INS", "armed"],
  ["MIL", "military"],
  // "a Chinese company … the Treasury sanctioned the same company".
  ["BUS", "business"],
]);

/** Is the phrase's country only a guess from what stood near it ("context:…")? */
function guessedCountry(p: ActorPhrase): boolean {
  return (
    p.code.startsWith("---") ||
    p.entries.some(
      (e) =>
        e === "context:country" ||
        e === "context:previous-sentence" ||
        e === "context:sentence-places" ||
        e === "context:armed-group",
    )
  );
}

/**
 * "M23 rebels captured Goma … Rwanda has denied backing the rebels": a definite agent noun with no
 * country of its own ("the rebels", "the militants", "the troops") takes up the latest earlier actor
 * of the same kind whose country is stated — not the country named nearest before it. In place.
 * @example definiteAgents(phrases) // "the rebels" → CODREB, as "M23 rebels" before
 */
export function definiteAgents(at: AnnotatedText, phrases: ActorPhrase[]): void {
  for (let k = 0; k < phrases.length; k++) {
    const p = phrases[k] as ActorPhrase;
    const family = ROLE_FAMILIES.get(p.role ?? "");
    // ("the 46 soldiers": a count between the article and the noun.)
    let before = p.start - 1;
    while (before > 0 && at.tokens[before]?.pos === "NUM") before--;
    const definite =
      at.tokens[p.start]?.lower === "the" ||
      at.tokens[before]?.lower === "the" ||
      (at.tokens[p.start - 1]?.lower === "same" && at.tokens[p.start - 2]?.lower === "the");
    if (!family || p.kind !== "agent" || !guessedCountry(p) || !definite) continue;
    // "Ivorian soldiers … the country's military leader … the 46 soldiers": the same noun first.
    const head = at.tokens[p.end - 1]?.lower;
    const antecedent =
      latestOfFamily(phrases, k, family, (q) => at.tokens[q.end - 1]?.lower === head) ??
      latestOfFamily(phrases, k, family, () => true);
    if (!antecedent) continue;
    p.code = antecedent.code;
    p.country = antecedent.country;
    p.entries = [...p.entries.filter((e) => !e.startsWith("context:")), "anaphora:definite-agent"];
  }
}

/** The latest phrase before phrases[k], within the window, of the role family with a stated country. */
function latestOfFamily(
  phrases: readonly ActorPhrase[],
  k: number,
  family: string,
  fits: (q: ActorPhrase) => boolean,
): ActorPhrase | null {
  const p = phrases[k] as ActorPhrase;
  for (let j = k - 1; j >= 0; j--) {
    const q = phrases[j] as ActorPhrase;
    if (p.sentence - q.sentence > WINDOW) break;
    if (q.modifierOnly || guessedCountry(q) || ROLE_FAMILIES.get(q.role ?? "") !== family) continue;
    if (fits(q)) return q;
  }
  return null;
}

/** Nouns of a state that a definite description names: "the Gulf state", "the West African country". */
const STATE_NOUNS = new Set(["state", "country", "nation", "kingdom", "emirate", "republic", "monarchy"]);
/** Words that may stand between "the" and such a noun: "the oil-rich Gulf state". */
const STATE_MODIFIERS = new Set(["ADJ", "PROPN", "NOUN"]);
/**
 * Words after which a clause of its own begins: the states named after one are its own actors. (A
 * list, not clauses.ts's isSubordinator: "a day after Saudi Arabia … broke off relations" opens a
 * clause with an "after" the tagger reads as a preposition.)
 */
const CLAUSE_OPENERS = new Set([
  "after",
  "before",
  "when",
  "while",
  "as",
  "because",
  "since",
  "although",
  ";",
]);
/** Nouns a state noun modifies rather than heads: "the state media", "the country's". */
const AFTER_STATE = new Set(["'s", "’s", "of", "-"]);

/**
 * "… a day after Saudi Arabia and Egypt broke off relations with the Gulf state": a definite
 * description of a state, with at least one modifier, stands for the state the story has named most
 * so far — not one named in its own clause (who acts on it). Phrases inside the description ("the
 * Gulf", a region) give way to it. Returns the phrases in order.
 * @example definiteStates(at, phrases) // "Qatar … broke off relations with the Gulf state" → QAT
 */
export function definiteStates(at: AnnotatedText, phrases: ActorPhrase[]): ActorPhrase[] {
  let out = phrases;
  for (let i = 2; i < at.tokens.length; i++) {
    const t = at.tokens[i];
    if (t?.pos !== "NOUN" || !STATE_NOUNS.has(t.lower)) continue;
    const next = at.tokens[i + 1];
    if (next && (AFTER_STATE.has(next.lower) || next.pos === "NOUN" || next.pos === "PROPN")) continue;
    let j = i - 1;
    while (j > i - 4 && STATE_MODIFIERS.has(at.tokens[j]?.pos ?? "") && at.tokens[j]?.lower !== "the") j--;
    if (j === i - 1 || at.tokens[j]?.lower !== "the") continue;
    // Not a name already ("the Islamic State"), nor a phrase reaching past the description, nor one
    // naming its country ("the Chinese state"); nor a role in general ("the receiving state").
    if (out.some((p) => (p.end > i && p.start <= i) || (p.start < j && p.end > j))) continue;
    if (out.some((p) => p.start > j && p.start < i && !!p.country)) continue;
    if (at.tokens.slice(j + 1, i).some((w) => w.lower.endsWith("ing") || w.lower === "host")) continue;
    const country = mostNamedState(at, out, j, t.sentence);
    if (!country) continue;
    const article = at.tokens[j] as NonNullable<typeof t>;
    const c = copyPhrase(country);
    c.start = j;
    c.end = i + 1;
    c.head = i;
    c.sentence = t.sentence;
    c.text = at.tokens
      .slice(j, i + 1)
      .map((w) => w.text)
      .join(" ");
    c.charStart = article.start;
    c.charEnd = t.end;
    c.entries = [...country.entries, "anaphora:definite-state"];
    c.modifierOnly = false;
    out = [...out.filter((p) => p.start < j || p.end > i + 1), c].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * The state phrase of the country named most often before token `at` (the latest of the leaders),
 * leaving out the countries named in the same clause before it; undefined when there is none.
 */
function mostNamedState(
  at: AnnotatedText,
  phrases: readonly ActorPhrase[],
  before: number,
  sentence: number,
): ActorPhrase | undefined {
  let clause = before - 1;
  while (
    clause > 0 &&
    at.tokens[clause]?.sentence === sentence &&
    !CLAUSE_OPENERS.has(at.tokens[clause]?.lower ?? "")
  )
    clause--;
  const own = new Set<string>();
  const counts = new Map<string, number>();
  const latest = new Map<string, ActorPhrase>();
  for (const p of phrases) {
    if (p.start >= before) break;
    if (!p.country || p.modifierOnly || (p.kind !== "state" && p.role !== "GOV")) continue;
    if (p.sentence === sentence && p.start > clause) own.add(p.country);
    counts.set(p.country, (counts.get(p.country) ?? 0) + 1);
    if (p.kind === "state" && !p.role) latest.set(p.country, p);
  }
  let best: ActorPhrase | undefined;
  let bestCount = 0;
  for (const [country, n] of counts) {
    const p = latest.get(country);
    if (!p || own.has(country)) continue;
    if (n > bestCount || (n === bestCount && best && p.start > best.start)) {
      best = p;
      bestCount = n;
    }
  }
  return best;
}
