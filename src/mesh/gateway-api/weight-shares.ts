// HTTPBackendRef.weight: default 1; a backend's share is weight / sum of weights; weight 0 gets no traffic.
// Shares are integer percents summing to 100 (largest remainder, ties to the earlier backend).

export function backendWeight(raw: unknown): number {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 ? raw : 1;
}

export function weightShares(weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((w) => (w * 100) / sum);
  const shares = exact.map((e) => Math.floor(e));
  let left = 100 - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).filter((x) => weights[x.i] !== 0).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
