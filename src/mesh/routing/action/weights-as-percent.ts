import type { JsonObject } from '../../model.js';

export interface DestinationShare {
  /** Index in `route[]`. */
  index: number;
  /** Integer percent of the traffic; the shares of one route sum to 100 (largest remainder). */
  weight: number;
  dropped: boolean;
  reason: string;
}

/** R4.2.1-R4.2.2: each destination's share of the requests, as integer percents. */
export function weightsAsPercent(destinations: JsonObject[]): DestinationShare[] {
  if (destinations.length === 0) return [];
  if (destinations.length === 1) {
    const w = destinations[0]?.weight;
    const ignored = typeof w === 'number' && w !== 100 ? ` (its weight ${w} is ignored)` : '';
    return [{ index: 0, weight: 100, dropped: false, reason: `the only destination receives all the traffic${ignored} (R4.2.1)` }];
  }
  const weights = destinations.map((d) => (typeof d.weight === 'number' && d.weight > 0 ? d.weight : 0));
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum === 0) {
    return weights.map((_, index) => ({
      index, weight: 0, dropped: true,
      reason: 'every weight is 0 or omitted: Istio rejects this VirtualService ("total destination weight = 0", R4.2.2)',
    }));
  }
  const percents = largestRemainder(weights, sum);
  return weights.map((w, index) => {
    if (w === 0) {
      return { index, weight: 0, dropped: true, reason: 'weight 0 or omitted: with several destinations this one is dropped and gets no traffic (R4.2.2)' };
    }
    const exact = (w * 100) / sum;
    const shown = Number.isInteger(exact) ? `${exact}%` : `${exact.toFixed(2)}%, shown as ${percents[index]}%`;
    const sumNote = sum === 100 ? '' : ' (the weights need not sum to 100)';
    return { index, weight: percents[index] ?? 0, dropped: false, reason: `weight ${w} of ${sum} = ${shown} of the requests, chosen per request${sumNote} (R4.2.2)` };
  });
}

function largestRemainder(weights: number[], sum: number): number[] {
  const exact = weights.map((w) => (w * 100) / sum);
  const floors = exact.map((e) => Math.floor(e));
  let left = 100 - floors.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => ({ i, frac: e - Math.floor(e) }))
    .filter((x) => weights[x.i] !== 0)
    .sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}
