/**
 * The exposure score's worked example (docs/score.md): its documented cost split, which
 * the engine's test and the CLI's end-to-end test both check against what they compute.
 */
export const WORKED_EXAMPLE = {
  penalty: 41.5,
  score: 47,
  grade: 'D',
  byFactor: [
    { factor: 'base', count: 3, cost: 12 },
    { factor: 'client-exposed', count: 1, cost: 16 },
    { factor: 'committed', count: 1, cost: 12 },
    { factor: 'logged', count: 1, cost: 2 },
    { factor: 'tracked', count: 1, cost: 1 },
    { factor: 'env-ignored', count: 1, cost: -1.5 },
  ],
} as const;
