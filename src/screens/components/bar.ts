// Text progress bars: "5/8 █████░░░". Strings, not components, so list rows stay one <Text>.

export function barCells(done: number, total: number, width: number): { full: number; empty: number } {
  if (width <= 0) return { full: 0, empty: 0 };
  if (total <= 0) return { full: 0, empty: width };
  const ratio = Math.min(1, Math.max(0, done / total));
  // Never show a full bar before everything is done, nor an empty one once something is.
  let full = Math.round(ratio * width);
  if (ratio < 1 && full === width) full = width - 1;
  if (ratio > 0 && full === 0) full = 1;
  return { full, empty: width - full };
}

export function countLabel(done: number, total: number): string {
  return `${done}/${total}`;
}
