/** The largest bnlearn networks (link, munin, munin4, barley), in their own file to run in parallel. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { SHARED, sharedAvailable } from "../helpers.js";
import { LARGE, referenceSuite } from "./reference-suite.js";

referenceSuite("junction tree vs reference answers, large networks (../shared/bn)", (name) =>
  LARGE.has(name),
);

it("names only networks that exist, so none drops out of both reference files unseen", (ctx) => {
  if (!sharedAvailable("scenario reference networks")) return ctx.skip();
  for (const name of LARGE)
    expect(existsSync(join(SHARED, "bn", "networks", `${name}.bif`)), name).toBe(true);
});
