// Parsed cells, kept for the next check. Every check of a task runs the same verification cell,
// and a learner (or a class's batch) checks the same filled TODO cell again and again; parsing was
// about half of the engine's time. The interpreter never changes a syntax tree (constants are
// immutable values), so a tree can run again; test/checks/parse-cache.test.ts compares verdicts
// with and without the cache.
//
// A TODO cell that is new still shares most of its statements with the cells checked before it
// (only the statements holding a blank change, and a wrong answer usually sits in one of them),
// so the parser also keeps top-level statements by their tokens (parseCell's StatementCache):
// a new cell is tokenized whole, and only its new statements are parsed.
import type { Stmt } from './python/ast';
import { parseCell, type ParseResult, type StatementCache } from './python/parser';

/** Enough for the eight verification cells and the recent TODO cells; a few MB at most. */
const MAX_ENTRIES = 256;
/** Longer sources (pasted by mistake) are parsed every time rather than kept. */
const MAX_SOURCE = 16 * 1024;
/** Statements: the eight tasks' fixed ones and the recent variants of those with blanks. */
const MAX_STATEMENTS = 4096;
/** A longer statement's key (its tokens' text) is not kept. */
const MAX_STATEMENT_KEY = 4 * 1024;

/** A least-recently-used map: Map keeps insertion order, so the oldest entry comes first. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly max: number) {}

  get(key: string): V | undefined {
    const hit = this.map.get(key);
    if (hit !== undefined) {
      this.map.delete(key);
      this.map.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

const cells = new Lru<ParseResult>(MAX_ENTRIES);
const statementLru = new Lru<Stmt[]>(MAX_STATEMENTS);
const statements: StatementCache = {
  get: (key) => (key.length > MAX_STATEMENT_KEY ? undefined : statementLru.get(key)),
  set: (key, stmts) => {
    if (key.length <= MAX_STATEMENT_KEY) statementLru.set(key, stmts);
  },
};

/** parseCell through a least-recently-used cache of cells and one of statements. */
export function parseCellCached(source: string): ParseResult {
  if (source.length > MAX_SOURCE) return parseCell(source);
  const hit = cells.get(source);
  if (hit !== undefined) return hit;
  const parsed = parseCell(source, statements);
  cells.set(source, parsed);
  return parsed;
}

/** Cells that belong to an object and never change (a task's verification cell): parsed once. */
let pinned = new WeakMap<object, ParseResult>();

/** parseCellCached for `source`, which always goes with `owner`: kept as long as the owner is. */
export function parseCellOf(owner: object, source: string): ParseResult {
  let parsed = pinned.get(owner);
  if (parsed === undefined) {
    parsed = parseCellCached(source);
    pinned.set(owner, parsed);
  }
  return parsed;
}

/** For tests: forget every parsed cell and statement. */
export function clearParseCache(): void {
  cells.clear();
  statementLru.clear();
  pinned = new WeakMap();
}
