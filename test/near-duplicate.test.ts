/** MinHash / LSH near-duplicate sketches: stable, symmetric, and able to tell stories apart. */
import { describe, expect, it } from "vitest";
import {
  bandCollisionProbability,
  bandKeys,
  DEFAULT_SKETCH,
  estimatedJaccard,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
  signatureFromHex,
  signatureToHex,
  sketchText,
} from "../src/ingest/index.js";

function story(topic: string, n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `${topic} paragraph ${i} says the convoy ${i % 3 ? "halted" : "moved"} near checkpoint ${i * 7}.`,
  ).join(" ");
}

function exactJaccard(a: string, b: string): number {
  const x = shingles(a);
  const y = shingles(b);
  const inter = [...x].filter((s) => y.has(s)).length;
  return inter / (x.size + y.size - inter);
}

describe("shingles", () => {
  it.each([
    ["", 0],
    ["one two", 1],
    ["One, two; three four five!", 1],
    ["a b c d e f", 2],
  ])("%j → %i shingles", (text, n) => {
    expect(shingles(text).size).toBe(n);
  });
});

describe("sketches", () => {
  const original = story("Border", 40);
  const republished = `New headline on the same wire story. ${original.replace("paragraph 39", "final paragraph")}`;
  const other = story("Harbour", 40);

  it("are deterministic and survive hex storage", () => {
    const a = sketchText(original);
    expect(sketchText(original)).toEqual(a);
    expect(signatureFromHex(signatureToHex(a.signature))).toEqual(a.signature);
    expect(a.bandKeys).toHaveLength(DEFAULT_SKETCH.bands);
    expect(a.signature).toHaveLength(DEFAULT_SKETCH.hashes);
  });

  it("find a re-published story: a shared band and an estimate close to the true Jaccard", () => {
    const a = sketchText(original);
    const b = sketchText(republished);
    expect(a.bandKeys.some((k) => b.bandKeys.includes(k))).toBe(true);
    const estimate = estimatedJaccard(a.signature, b.signature);
    expect(estimate).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
    expect(Math.abs(estimate - exactJaccard(original, republished))).toBeLessThan(0.1);
  });

  it("do not confuse two different stories written in the same style", () => {
    const a = sketchText(original);
    const c = sketchText(other);
    expect(estimatedJaccard(a.signature, c.signature)).toBeLessThan(0.3);
    expect(a.bandKeys.some((k) => c.bandKeys.includes(k))).toBe(false);
  });

  it.each([
    ["", 0],
    ["Two words", 1],
    ["Exactly five words are here", 1],
    [original, 0],
    [`${other} ${other}`, 0],
    ["Ünïcödé wörds — naïve café 123 x² İstanbul DİYARBAKIR ß ẞ ٣٤ 漢字かなカナ", 0],
    ["emoji 😀 𝐀𝐁 astral 𠀀𠀁 words, a lone \ud800 surrogate \udc00 and d'e f’g 3.5 a-b_c", 0],
  ])("hash shingles in place exactly as the shingle strings hash: %#", (text) => {
    expect(sketchText(text).signature).toEqual(minhashSignature(shingles(text), DEFAULT_SKETCH.hashes));
  });

  it("compare only signatures of the same length", () => {
    expect(estimatedJaccard(new Uint32Array(4), new Uint32Array(8))).toBe(0);
    expect(bandKeys(new Uint32Array(128)).length).toBe(8);
  });

  it.each([
    [0.9, 0.99, 1],
    [0.8, 0.95, 0.97],
    [0.6, 0.4, 0.55],
    [0.4, 0, 0.1],
    [0.2, 0, 0.003],
  ])("share a band at Jaccard %f with probability in [%f, %f]", (j, lo, hi) => {
    const p = bandCollisionProbability(j);
    expect(p).toBeGreaterThanOrEqual(lo);
    expect(p).toBeLessThanOrEqual(hi);
  });
});
