/**
 * Verb classes the attribution frames and the reference finder share: speech verbs by the modality
 * they give what they report, and the governors that make an infinitive complement unreal.
 */
import type { Modality } from "../knowledge/index.js";

/** Speech and attitude verbs, by the modality they give to what they report. */
export const SPEECH_VERBS: ReadonlyMap<string, Modality> = new Map([
  ...[
    "say",
    "tell",
    "state",
    "announce",
    "add",
    "note",
    "report",
    "write",
    "declare",
    "insist",
    "stress",
    "explain",
    "reiterate",
    "repeat",
    "affirm",
    "reaffirm",
    "assert",
    "argue",
    "emphasise",
    "emphasize",
    "remark",
    "warn",
  ].map((v) => [v, "reported"] as [string, Modality]),
  ...["claim", "allege", "accuse", "charge", "suggest"].map((v) => [v, "alleged"] as [string, Modality]),
  ...["acknowledge", "admit", "confirm", "concede", "recognise"].map(
    (v) => [v, "acknowledged"] as [string, Modality],
  ),
  ...["deny", "dismiss", "refute"].map((v) => [v, "denied"] as [string, Modality]),
]);

/** Verbs that code a statement event of their own even when they frame another event. */
export const CODED_SPEECH = new Set(["accuse", "deny", "charge", "warn"]);

/** "vowed to", "plans to", "is expected to": verbs whose infinitive complement is not yet a fact. */
export const GOVERNORS: ReadonlyMap<string, Modality> = new Map([
  ...["vow", "pledge", "promise", "swear", "commit", "willing", "ready", "determined", "eager"].map(
    (v) => [v, "vowed"] as [string, Modality],
  ),
  ...["plan", "intend", "prepare", "schedule", "aim", "set", "decide", "move", "due"].map(
    (v) => [v, "planned"] as [string, Modality],
  ),
  ...["expect", "forecast", "predict", "likely"].map((v) => [v, "predicted"] as [string, Modality]),
  ...["want", "seek", "hope", "wish", "consider", "propose", "urge", "call", "ask", "demand", "threaten"].map(
    (v) => [v, "hypothetical"] as [string, Modality],
  ),
  // "troops were empowered to use force": a power granted is not yet used.
  ...["empower", "empowered", "authorize", "authorise", "authorized", "authorised"].map(
    (v) => [v, "hypothetical"] as [string, Modality],
  ),
]);
