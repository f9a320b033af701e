/** Linear scales and "nice" axis ticks for charts drawn on the server. Pure functions. */

/** A step of 1, 2, 2.5 or 5 × 10^n that cuts `span` into about `count` parts. */
export function niceStep(span: number, count = 4): number {
  if (!(span > 0) || !Number.isFinite(span)) return 1;
  const raw = span / Math.max(1, count);
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const residual = raw / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  return nice * magnitude;
}

export interface Domain {
  min: number;
  max: number;
  ticks: number[];
}

/**
 * A domain that always includes zero (bars grow from zero) and is widened to whole steps, with
 * its ticks (the multiples of the step inside it). An empty or all-zero input gives 0..1 so
 * nothing divides by zero.
 */
export function niceDomain(values: readonly number[], count = 4): Domain {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(0, ...finite);
  const hi = Math.max(0, ...finite);
  if (lo === 0 && hi === 0) return { min: 0, max: 1, ticks: [0, 1] };
  const step = niceStep(hi - lo, count);
  // A sliver below (or above) zero, such as a -1 underspend beside budgets in thousands, should not
  // take a whole step of the width: end the domain at the value itself there.
  const min = lo < 0 && -lo < step / 2 && hi > 0 ? lo : Math.floor(lo / step) * step;
  const max = hi > 0 && hi < step / 2 && lo < 0 ? hi : Math.ceil(hi / step) * step;
  const ticks: number[] = [];
  // Round away float noise (0.1 + 0.2) so tick labels print cleanly.
  for (let t = Math.ceil(min / step) * step; t <= max + step / 1e6; t += step) ticks.push(Number(t.toPrecision(12)));
  return { min, max, ticks };
}

/** Position of `value` in the domain as a percentage of the plot width (0 = min, 100 = max). */
export function toPercent(value: number, domain: Pick<Domain, "min" | "max">): number {
  const span = domain.max - domain.min;
  if (span === 0) return 0;
  return ((value - domain.min) / span) * 100;
}
