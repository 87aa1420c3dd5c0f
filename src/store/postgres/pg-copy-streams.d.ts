/** The part of pg-copy-streams (MIT) the bulk write path uses; the package ships no types. */
declare module "pg-copy-streams" {
  import type { Writable } from "node:stream";
  import type { Submittable } from "pg";

  /** A `COPY … FROM STDIN` query: submitted with `client.query`, fed by writing to it. */
  export interface CopyFromStream extends Writable, Submittable {
    rowCount: number;
  }

  export function from(text: string): CopyFromStream;
}
