/**
 * Evidence grades on the Admiralty (NATO) scale: source reliability A–F × information
 * credibility 1–6, e.g. "B2", with the STIX 2.1 confidence (0–100) that corresponds to the
 * credibility. Pure functions, no I/O; the reliability defaults come from
 * `data/sources/reliability.json`, read by the caller.
 *
 * Credibility of a claim (first rule that applies):
 *  6 no affirming and no denying event (nothing to judge);
 *  5 only denials, or contested with at least as many denying as affirming origins;
 *  4 contested with more affirming than denying origins, or one origin that only alleges;
 *  1 ≥2 independent affirming origins, at least one not merely alleging;
 *  3 ≥2 independent origins that only allege, or one origin that reports (attributed);
 *  2 one origin that asserts or acknowledges it in its own voice.
 *
 * STIX 2.1 confidence (Appendix A, "Admiralty Credibility" scale): 1 → 90, 2 → 70, 3 → 50,
 * 4 → 30, 5 → 10, 6 → null (the property is left out).
 */
import type { ClaimSummary } from "./claim-merger.js";

export const RELIABILITY_LETTERS = ["A", "B", "C", "D", "E", "F"] as const;
export type Reliability = (typeof RELIABILITY_LETTERS)[number];
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

/** Defaults per source kind, as in data/sources/reliability.json. */
export interface ReliabilityTable {
  default: Reliability;
  kinds: Record<string, Reliability>;
}

/** A graded claim: "B2" with its parts and the STIX confidence. */
export interface EvidenceGrade {
  reliability: Reliability;
  credibility: Credibility;
  label: string;
  /** STIX 2.1 confidence 0–100, or null when credibility is 6 (cannot be judged). */
  confidence: number | null;
}

/** True for a letter A–F. */
export function isReliability(x: unknown): x is Reliability {
  return typeof x === "string" && (RELIABILITY_LETTERS as readonly string[]).includes(x);
}

/**
 * Reliability of one source: its own override when set, else the default of its kind, else the
 * table's default.
 *
 * @example
 * sourceReliability({ kind: "wire-agency", reliability: null }, table) // "B"
 */
export function sourceReliability(
  source: { kind: string | null; reliability: string | null },
  table: ReliabilityTable,
): Reliability {
  if (isReliability(source.reliability)) return source.reliability;
  const byKind = source.kind ? table.kinds[source.kind] : undefined;
  return byKind ?? table.default;
}

/** The best (most reliable) letter of several; F when there is none. */
export function bestReliability(letters: readonly Reliability[]): Reliability {
  return [...letters].sort()[0] ?? "F";
}

/** Information credibility 1–6 from what a claim's events say (rules in the file header). */
export function claimCredibility(
  s: Pick<ClaimSummary, "corroboration" | "denials" | "strongest">,
): Credibility {
  if (s.corroboration === 0) return s.denials === 0 ? 6 : 5;
  if (s.denials > 0) return s.corroboration > s.denials ? 4 : 5;
  if (s.corroboration >= 2) return s.strongest === "alleged" ? 3 : 1;
  if (s.strongest === "direct") return 2;
  return s.strongest === "reported" ? 3 : 4;
}

const STIX_CONFIDENCE: Record<Credibility, number | null> = { 1: 90, 2: 70, 3: 50, 4: 30, 5: 10, 6: null };

/** STIX 2.1 confidence for a credibility, per STIX 2.1 Appendix A (Admiralty Credibility). */
export function stixConfidence(credibility: Credibility): number | null {
  return STIX_CONFIDENCE[credibility];
}

/**
 * The grade of a claim: the best reliability among the sources that affirm it (or, for a claim
 * only denied, among those that deny it) × its credibility.
 *
 * @example
 * gradeClaim({ corroboration: 2, denials: 0, strongest: "direct" }, ["B", "C"]) // { label: "B1", confidence: 90, … }
 */
export function gradeClaim(
  s: Pick<ClaimSummary, "corroboration" | "denials" | "strongest">,
  reliabilities: readonly Reliability[],
): EvidenceGrade {
  const reliability = bestReliability(reliabilities);
  const credibility = claimCredibility(s);
  return {
    reliability,
    credibility,
    label: `${reliability}${credibility}`,
    confidence: stixConfidence(credibility),
  };
}
