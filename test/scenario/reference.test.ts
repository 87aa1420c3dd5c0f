/** The bnlearn networks of ../shared/bn except the largest (see reference-large.test.ts). */
import { LARGE, referenceSuite } from "./reference-suite.js";

referenceSuite("junction tree vs reference answers (../shared/bn)", (name) => !LARGE.has(name));
