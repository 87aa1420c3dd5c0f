/** The largest bnlearn networks (link, munin, munin4, barley), in their own file to run in parallel. */
import { LARGE, referenceSuite } from "./reference-suite.js";

referenceSuite("junction tree vs reference answers, large networks (../shared/bn)", (name) =>
  LARGE.has(name),
);
