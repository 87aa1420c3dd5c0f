/**
 * Progress of a long run: a redrawn bar with rate and ETA on a terminal, a quiet line every few
 * seconds otherwise (logs, CI). Time comes in through `now` so tests can drive it.
 */
export interface ProgressCounts {
  done: number;
  /** Known total, or null when the inputs cannot be counted up front (URLs, feeds, stdin). */
  total: number | null;
  detail: string;
}

export interface ProgressReporter {
  update(counts: ProgressCounts): void;
  finish(): void;
}

export interface ProgressOptions {
  tty: boolean;
  write: (text: string) => void;
  now?: () => number;
  /** Milliseconds between quiet lines (default 5 s). */
  every?: number;
}

function rate(done: number, ms: number): number {
  return ms > 0 ? (done * 1000) / ms : 0;
}

function eta(done: number, total: number | null, perSecond: number): string {
  if (total === null || perSecond <= 0 || done >= total) return "";
  const s = Math.round((total - done) / perSecond);
  return ` · ETA ${s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}s` : `${s}s`}`;
}

function bar(done: number, total: number | null): string {
  if (total === null || total === 0) return "";
  const width = 24;
  const filled = Math.min(width, Math.round((done / total) * width));
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}] `;
}

/** @example const p = progressReporter({ tty: false, write: console.error }); p.update({done: 1, total: 10, detail: ""}); */
export function progressReporter(opts: ProgressOptions): ProgressReporter {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const every = opts.every ?? 5000;
  let lastLine = started;
  let drawn = false;
  const line = (c: ProgressCounts) => {
    const perSecond = rate(c.done, now() - started);
    const of = c.total === null ? "" : `/${c.total}`;
    return `${bar(c.done, c.total)}${c.done}${of} documents · ${perSecond.toFixed(1)} docs/s${eta(c.done, c.total, perSecond)}${c.detail ? ` · ${c.detail}` : ""}`;
  };
  return {
    update(c) {
      if (opts.tty) {
        opts.write(`\r\x1b[2K${line(c)}`);
        drawn = true;
      } else if (now() - lastLine >= every) {
        lastLine = now();
        opts.write(`ingest: ${line(c)}\n`);
      }
    },
    finish() {
      if (opts.tty && drawn) opts.write("\r\x1b[2K");
    },
  };
}
