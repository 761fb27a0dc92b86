/** A deterministic pseudo-random generator (an LCG), so that every run of a benchmark measures the same input. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One element of a non-empty list, chosen by `rnd`. */
export function pickWith(rnd: () => number) {
  return <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
}
