/**
 * Claims of one event (schema version 9). Most claims never gain a second event (in the synthetic
 * corpus, 94% of them), and every field of such a claim follows from its event — the anchor is the
 * event's happening, the window its date's, first seen its day, the counts 1, corroboration,
 * denials and credibility its modality's — but one: the reliability its source had when it was
 * written. So a claim of one event has no `claims` row: its event carries the claim's id
 * (`claim_id`, drawn from the claims' sequence as before) and that letter (`single_reliability`),
 * and two partial indexes over those events stand in for the claims' look-ups (the writer's
 * candidates by block key and window, the list by first seen). When a second event joins it, the
 * writer writes its `claims` row (same id, same anchor); the letter stays on the event, unread.
 */
import {
  type ClaimSummary,
  type EvidenceGrade,
  gradeClaim,
  isReliability,
  type Modality,
  type Reliability,
  summariseClaim,
} from "../knowledge/index.js";

/**
 * The predicate of the two partial indexes, on events alias `a`: the event was, when written (or
 * when migration 9 ran), a claim of its own. It stays so until a claims row of the same id exists:
 * when a second event joins it the writer only inserts that row (an update of the event would write
 * all its index entries again), so a reader tests both (`singleClaim`).
 */
export function singleEvent(a = ""): string {
  return `${a}single_reliability is not null`;
}

/** A claim of one event (no claims row), on events alias `a`. */
export function singleClaim(a = ""): string {
  return `${singleEvent(a)} and not exists (select 1 from claims x where x.id = ${a}claim_id)`;
}

/**
 * The block key of an event's happening (`claimBlockKey`: CAMEO root and the two actors'
 * countries) from its columns; the partial index `events_single_block` is over this expression,
 * and a query must write it the same way to use it.
 */
export function blockKeyExpression(a = ""): string {
  return `${a}root || '|' || coalesce(${a}source_country, '-') || '|' || coalesce(${a}target_country, '-')`;
}

/** The events' columns of a claim of one event that its summary and grade follow from. */
export interface SingleClaimEvent {
  modality: string;
  negated: number;
  day: string;
  single_reliability: string | null;
}

/** The summary and grade a claim of this one event has, as the writer computed them. */
export function singleClaimGrade(e: SingleClaimEvent): { summary: ClaimSummary; grade: EvidenceGrade } {
  const summary = summariseClaim([
    {
      eventId: 0,
      sourceId: 0,
      origin: "",
      modality: e.modality as Modality,
      negated: e.negated === 1,
      day: e.day,
    },
  ]);
  const reliability: Reliability = isReliability(e.single_reliability) ? e.single_reliability : "F";
  return { summary, grade: gradeClaim(summary, [reliability]) };
}

/** A denial: modality denied, or negated (`isDenial`), in SQL over events alias `a`. */
function denialSql(a: string): string {
  return `(${a}negated = 1 or ${a}modality = 'denied')`;
}

/**
 * The credibility of a claim of one event (`claimCredibility` of its summary), in SQL: a denial 5,
 * asserted or acknowledged 2, reported 3, alleged 4.
 */
export function singleCredibilitySql(a = ""): string {
  return `case when ${denialSql(a)} then 5 when ${a}modality in ('asserted', 'acknowledged') then 2 when ${a}modality = 'reported' then 3 else 4 end`;
}

/** The columns of a claims row that follow from its one event, in SQL: what migration 9 checks. */
export function singleClaimChecks(c: string, e: string): string[] {
  const same = (x: string, y: string) => `(${x} = ${y} or (${x} is null and ${y} is null))`;
  const denial = denialSql(e);
  const credibility = singleCredibilitySql(e);
  return [
    `${e}modality in ('asserted', 'acknowledged', 'reported', 'alleged', 'denied')`,
    `${c}event_count = 1`,
    `${c}source_count = 1`,
    `${c}contested = 0`,
    same(`${c}source_code`, `${e}source_code`),
    same(`${c}target_code`, `${e}target_code`),
    `${c}code = ${e}code`,
    `${c}root = ${e}root`,
    `${c}anchor_day = ${e}day`,
    `${c}anchor_basis = ${e}date_basis`,
    same(`${c}place_name`, `${e}place_name`),
    same(`${c}place_country`, `${e}place_country`),
    `${c}block_key = ${blockKeyExpression(e)}`,
    `${c}first_seen = ${e}day`,
    `${c}corroboration = case when ${denial} then 0 else 1 end`,
    `${c}denials = case when ${denial} then 1 else 0 end`,
    same(
      `${c}strongest`,
      `case when ${denial} then null when ${e}modality in ('asserted', 'acknowledged') then 'direct' when ${e}modality = 'alleged' then 'alleged' else 'reported' end`,
    ),
    `${c}reliability in ('A', 'B', 'C', 'D', 'E', 'F')`,
    `${c}credibility = ${credibility}`,
    `${c}grade = ${c}reliability || cast(${credibility} as text)`,
    same(
      `${c}confidence`,
      `case ${credibility} when 2 then 70 when 3 then 50 when 4 then 30 when 5 then 10 end`,
    ),
  ];
}
