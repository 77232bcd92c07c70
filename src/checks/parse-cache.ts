// Parsed cells, kept for the next check. Every check of a task runs the same verification cell,
// and a learner (or a class's batch) checks the same filled TODO cell again and again; parsing was
// about half of the engine's time. The interpreter never changes a syntax tree (constants are
// immutable values), so a tree can run again; test/checks/parse-cache.test.ts compares verdicts
// with and without the cache.
import { parseCell, type ParseResult } from './python/parser';

/** Enough for the eight verification cells and the recent TODO cells; a few MB at most. */
const MAX_ENTRIES = 256;
/** Longer sources (pasted by mistake) are parsed every time rather than kept. */
const MAX_SOURCE = 16 * 1024;

const cache = new Map<string, ParseResult>();

/** parseCell through a least-recently-used cache. */
export function parseCellCached(source: string): ParseResult {
  if (source.length > MAX_SOURCE) return parseCell(source);
  const hit = cache.get(source);
  if (hit !== undefined) {
    // Most recently used last: Map keeps insertion order.
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const parsed = parseCell(source);
  cache.set(source, parsed);
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  return parsed;
}

/** For tests: forget every parsed cell. */
export function clearParseCache(): void {
  cache.clear();
}
