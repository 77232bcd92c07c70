// Order statistics for the bench. Percentiles use the nearest-rank method, so a p90 is always a
// value that was actually measured.

export function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** median, min, max, p90 and the count, rounded to 0.01 (ms or whatever unit the samples carry). */
export function summarize(values) {
  const round = (v) => (v === null ? null : Math.round(v * 100) / 100);
  return {
    n: values.length,
    median: round(median(values)),
    min: round(values.length ? Math.min(...values) : null),
    max: round(values.length ? Math.max(...values) : null),
    p90: round(percentile(values, 90)),
  };
}
