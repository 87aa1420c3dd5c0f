/** The bnlearn networks of ../shared/bn except the largest (see reference-large.test.ts). */
import { expect, it } from "vitest";
import { LARGE, referenceSuite } from "./reference-suite.js";

referenceSuite("junction tree vs reference answers (../shared/bn)", (name) => !LARGE.has(name));

it("leaves the large networks to reference-large.test.ts and the rest here", () => {
  expect(LARGE.size).toBeGreaterThan(0);
  expect(LARGE.has("alarm")).toBe(false);
});
