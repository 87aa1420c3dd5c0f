/** A STIX 2.1 bundle of secvar events, streamed object by object. */
import { type EventSource, type ExportStream, exportStream } from "./event-stream.js";
import { ExportError } from "./export-error.js";
import type { ExportEvent, TlpLevel } from "./export-event.js";
import {
  actorId,
  actorIdentity,
  documentReport,
  eventNote,
  eventRelationship,
  locationId,
  placeLocation,
  producerIdentity,
  type ReportDraft,
  type StixContext,
  type StixObject,
  sourceId,
  sourceIdentity,
  stixId,
} from "./stix-objects.js";
import { strictestTlp, type TlpVersion, tlpMarking, tlpMarkingId } from "./tlp-markings.js";

/** Options of `writeStix`. */
export interface StixOptions {
  /** The clock for `created`/`modified` (default: now). Fix it and re-export gives identical ids and bytes. */
  now?: () => Date;
  /** TLP 2.0 marking definitions (default) or STIX 2.1's TLP 1.0 ones. */
  tlpVersion?: TlpVersion;
  /** Name of the producer identity every object is `created_by_ref` (default "secvar"). */
  producer?: string;
}

/** Objects shared between events are written once; reports close when their document ends. */
class BundleState {
  private readonly written = new Set<string>();
  private readonly closed = new Set<string>();
  private draft: ReportDraft | null = null;

  constructor(private readonly ctx: StixContext) {}

  /** The objects an event adds to the bundle; shared ones (actors, outlets, places, markings) once. */
  *objectsOf(e: ExportEvent): Generator<StixObject> {
    yield* this.switchDocument(e);
    const draft = this.draft as ReportDraft;
    const ctx = this.ctx;
    yield* this.once(draft, actorId(e.sourceCode), () =>
      actorIdentity(e.sourceCode, e.sourceName, e.sourceKind, ctx),
    );
    yield* this.once(draft, actorId(e.targetCode), () =>
      actorIdentity(e.targetCode, e.targetName, e.targetKind, ctx),
    );
    const outlet = e.documentOutlet;
    if (outlet !== null) yield* this.once(draft, sourceId(outlet), () => sourceIdentity(outlet, ctx));
    const place = this.placeOf(e);
    if (place !== null) yield* this.once(draft, place, () => placeLocation(e, ctx) as StixObject);
    if (e.tlp !== null) yield* this.marking(e.tlp);
    const relationship = eventRelationship(e, place, ctx);
    const note = eventNote(e, relationship.id, ctx);
    draft.refs.add(relationship.id).add(note.id);
    draft.tlp = strictestTlp(draft.tlp, e.tlp);
    yield relationship;
    yield note;
  }

  /** The id of the event's location object, or null when the place cannot be one. */
  private placeOf(e: ExportEvent): string | null {
    const id = locationId(e);
    if (id === null || this.written.has(id)) return id;
    return placeLocation(e, this.ctx) === null ? null : id;
  }

  /** The report of the last document. */
  *finish(): Generator<StixObject> {
    if (this.draft) yield documentReport(this.draft, this.ctx);
    this.draft = null;
  }

  private *switchDocument(e: ExportEvent): Generator<StixObject> {
    if (this.draft?.first.documentId === e.documentId) return;
    if (this.closed.has(e.documentId)) {
      throw new ExportError(
        "unsorted_input",
        e.eventId,
        `expected the events of document ${e.documentId} together, found them again after another document`,
      );
    }
    yield* this.finish();
    this.closed.add(e.documentId);
    this.draft = { first: e, refs: new Set(), tlp: null };
  }

  private *once(draft: ReportDraft, id: string, build: () => StixObject): Generator<StixObject> {
    draft.refs.add(id);
    if (this.written.has(id)) return;
    this.written.add(id);
    yield build();
  }

  private *marking(level: TlpLevel): Generator<StixObject> {
    const id = tlpMarkingId(level, this.ctx.tlpVersion);
    if (this.written.has(id)) return;
    this.written.add(id);
    yield tlpMarking(level, this.ctx.tlpVersion);
  }
}

/**
 * A STIX 2.1 bundle: a producer identity, identities for actors (custom `x_secvar_code`) and
 * outlets, locations for places, a relationship per event (source actor → target actor, typed
 * by its PLOVER category or CAMEO name, the sentence as description), a note per event
 * (modality, attribution, evidence grade), a report per document referencing all of these,
 * and the standard TLP marking definitions the events use. Ids are UUIDv5 in
 * `SECVAR_STIX_NAMESPACE`, so the same events give the same ids. Events must come grouped by
 * document (ExportError `unsorted_input` otherwise), which keeps memory bounded.
 *
 * @example
 * await writeExport(writeStix(events, { now: () => new Date("2025-01-01T00:00:00Z") }), (c) => void out.write(c));
 */
export function writeStix(events: EventSource, opts: StixOptions = {}): ExportStream {
  return exportStream(events, () => {
    const timestamp = (opts.now ?? (() => new Date()))().toISOString();
    const producer = producerIdentity(timestamp, opts.producer);
    const ctx: StixContext = { timestamp, producerId: producer.id, tlpVersion: opts.tlpVersion ?? "2.0" };
    const state = new BundleState(ctx);
    const bundleId = stixId("bundle", `${opts.producer ?? "secvar"}|${timestamp}`);
    const lines = (objects: Iterable<StixObject>): string => {
      let text = "";
      for (const object of objects) text += `,\n${JSON.stringify(object)}`;
      return text;
    };
    return {
      head: () => `{"type":"bundle","id":"${bundleId}","objects":[\n${JSON.stringify(producer)}`,
      row: (event) => lines(state.objectsOf(event)),
      tail: () => `${lines(state.finish())}\n]}\n`,
    };
  });
}
