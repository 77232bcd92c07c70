// Parsing a filled TODO cell from its parts. A task's TODO cell is the same text every time except
// for the answers in its blanks, and a blank sits in one statement: the cell is cut once into its
// top-level statements ("chunks", each the whole lines of one statement), and a filled cell is
// parsed chunk by chunk, each chunk's result kept by the answers it holds. A class's batch then
// parses only the statements whose answers it has not seen yet.
//
// Why the result is parseCell's on the whole filled cell, whatever the answers (no answer is
// trusted to be "simple"; test/checks/todo-parse.test.ts compares the two on hostile answers):
// - The template qualifies only if it tokenizes without error and without INDENT/DEDENT; the lines
//   between its chunks then hold no token (blank or comment lines), and every blank is inside a
//   chunk (the last one runs to the end of the cell). An answer holding a newline, a carriage
//   return or a NUL is not cut up at all.
// - Each chunk is parsed alone, as its own cell preceded by as many empty lines as come before it
//   (so every token keeps its line), by the same tokenizer and parser (parseForReuse). It counts
//   only if that parse succeeds and every statement in it passes the parser's own reuse test
//   (StatementParser.parseFileNoting: it started and ended at the module's top, consumed exactly
//   its tokens up to its NEWLINE, looked at no token beyond, recorded no compile error). A
//   successful chunk ends at bracket level 0, outside any string, not on a line continuation, with
//   no INDENT: the tokenizer reaches the chunk's last newline in the whole cell in the state it
//   starts every line in, so the lines in between give no token again and the next chunk starts
//   from that same state. The whole cell's tokens are therefore the chunks' tokens one after the
//   other (the tokenizer reads no further than that newline to decide a token before it), and the
//   parser, which starts each top-level statement in the same state and read nothing past the
//   statement, builds the same statements.
// - What remains of parseCell is the symbol-table pass over the whole cell (finishStatements),
//   run on the joined statements exactly as parseCell runs it, unless no chunk holds anything it
//   could object to (symbolsInert), when it would return them unchanged.
// A chunk that does not count (a syntax error, most often) is parsed with the rest of the cell
// after it (errorFrom says why that gives the whole cell's error); what even that cannot settle
// goes to the ordinary parse of the whole cell (parseCellCached).
import type { Stmt } from './python/ast';
import { DEDENT, ENDMARKER, INDENT, NEWLINE, tokenize } from './python/lexer';
import { finishStatements, parseForReuse, type ParseResult } from './python/parser';
import { symbolsInert } from './python/parser/symtable';
import { parseCellCached } from './parse-cache';

const BLANK = '______';

interface Chunk {
  /** Empty lines that put the chunk's first line at its line in the cell. */
  lead: string;
  /** The chunk's text around its blanks (parts.length === blanks.length + 1). */
  parts: string[];
  /** The answers (by blank index) that fill the chunk, in order. */
  blanks: number[];
  /** The template from the chunk's first line to its end, around its blanks (for errors). */
  rest: string[];
  /** The first blank in `rest` (blanks are numbered in text order). */
  restFrom: number;
  /**
   * The chunk parsed, by the answers it holds (the answer itself for one blank: its hash is
   * computed once per string; NUL-joined answers for several; '' for none); null when it does
   * not count.
   */
  parsed: Map<string, Parsed | null>;
}

export interface TodoPlan {
  /** Tells this plan's chunks apart from any other's in the cache. */
  id: number;
  chunks: Chunk[];
  /** Blanks in the template. */
  blanks: number;
}

let plansMade = 0;

/** The template's chunks, or null when it does not qualify (see the top of this file). */
export function planTodo(todoCell: string): TodoPlan | null {
  if (/[\r\0]/.test(todoCell)) return null;
  const lex = tokenize(todoCell);
  if (lex.error !== null) return null;
  const { types, lines } = lex.tokens;
  const ranges: Array<[number, number]> = [];
  let first = -1;
  for (let k = 0; k < lex.tokens.count; k++) {
    const t = types[k] as number;
    if (t === INDENT || t === DEDENT) return null;
    if (t === ENDMARKER) break;
    if (first < 0) first = lines[k] as number;
    if (t === NEWLINE) {
      ranges.push([first, lines[k] as number]);
      first = -1;
    }
  }
  const cellLines = todoCell.split('\n');
  const blankCount = todoCell.split(BLANK).length - 1;
  const chunks: Chunk[] = [];
  let next = 0;
  let coveredBlanks = 0;
  for (let r = 0; r < ranges.length; r++) {
    const [from, last] = ranges[r] as [number, number];
    // The last chunk takes the lines after it too (comments, blank lines: no token), so that its
    // text is the rest of the cell and one parse of it also gives errorFrom's answer.
    const to = r === ranges.length - 1 ? cellLines.length : last;
    const parts = cellLines.slice(from - 1, to).join('\n').split(BLANK);
    const restFrom = next;
    const blanks: number[] = [];
    for (let b = 1; b < parts.length; b++) blanks.push(next++);
    coveredBlanks += blanks.length;
    chunks.push({ lead: '\n'.repeat(from - 1), parts, blanks, rest: cellLines.slice(from - 1).join('\n').split(BLANK), restFrom, parsed: new Map() });
  }
  // A blank outside every chunk (on a comment line between two) would be left out of their text.
  if (coveredBlanks !== blankCount || blankCount === 0) return null;
  // Blanks are numbered in text order; chunks are in text order, so `next` numbered them right
  // only if no blank was skipped between chunks, which coveredBlanks === blankCount ensures.
  return { id: ++plansMade, chunks, blanks: blankCount };
}

/** A chunk's statements, and whether the symbol-table pass can find nothing in them (symbolsInert). */
interface Parsed {
  stmts: Stmt[];
  inert: boolean;
}

/** At most this many parsed fillings are kept per chunk, and errors per template. */
const MAX_CHUNKS = 4096;
const plans = new Map<string, TodoPlan | null>();

function planFor(todoCell: string): TodoPlan | null {
  let plan = plans.get(todoCell);
  if (plan === undefined) {
    plan = planTodo(todoCell);
    // A handful of templates (the lab's eight); a caller with many stops being remembered.
    if (plans.size < 64) plans.set(todoCell, plan);
  }
  return plan;
}

/**
 * parseCell's result on the TODO cell filled with `answers`, from its chunks; null when the cell
 * must be parsed whole (the template or an answer does not qualify, a chunk does not count and
 * the rest of the cell from it does not give the error, see errorFrom).
 */
export function parseFromChunks(plan: TodoPlan, answers: readonly string[]): ParseResult | null {
  if (answers.length !== plan.blanks) return null;
  for (const a of answers) if (/[\n\r\0]/.test(a)) return null;
  const body: Stmt[] = [];
  let inert = true;
  for (let c = 0; c < plan.chunks.length; c++) {
    const chunk = plan.chunks[c] as Chunk;
    const blanks = chunk.blanks;
    // No answer holds a NUL, so NUL-joined answers name one filling.
    let key = blanks.length === 0 ? '' : (answers[blanks[0] as number] as string);
    for (let i = 1; i < blanks.length; i++) key += '\0' + answers[blanks[i] as number];
    let parsed = chunk.parsed.get(key);
    if (parsed === undefined) {
      let text = chunk.lead + (chunk.parts[0] as string);
      for (let i = 0; i < chunk.blanks.length; i++) text += (answers[chunk.blanks[i] as number] as string) + (chunk.parts[i + 1] as string);
      const once = parseForReuse(text);
      parsed = once.stmts === null ? null : { stmts: once.stmts, inert: symbolsInert(once.stmts) };
      if (chunk.parsed.size >= MAX_CHUNKS) chunk.parsed.clear();
      chunk.parsed.set(key, parsed);
      // The last chunk's text is the rest of the cell: its failure is errorFrom's answer.
      if (parsed === null && c === plan.chunks.length - 1) keepError(errorKey(plan, c, answers), once.failure);
    }
    if (parsed === null) return errorFrom(plan, c, answers);
    for (const s of parsed.stmts) body.push(s);
    if (!parsed.inert) inert = false;
  }
  // The symbol-table pass finds nothing in a cell of inert chunks: it would return the body.
  return inert ? { ok: true, body } : finishStatements(body);
}

/**
 * The error of the whole filled cell when chunk `c` is the first one that does not count (most
 * often a syntax error typed into one of its blanks): the cell from that chunk's first line to its
 * end, parsed alone after as many empty lines as come before it, when that parse stops at a syntax
 * error (parseCellFailure). It is the whole cell's error because the chunks before it count: the
 * tokenizer reaches that line in the state it starts every line in, having made no token there
 * that differs and found no error; the parser reaches it at the module's top with no compile error
 * recorded, its furthest token before that line. What the whole cell's parse then does up to the
 * error that stops it, and how that error is reported, depends only on the tokens (and any
 * tokenizer error) from that line on, which this parse has the same, at the same lines. Anything
 * else goes to the whole parse: no such error (a bracket that the next chunk closes, say, or a
 * compile error such as `return` outside a function, which the symbol-table pass over the whole
 * cell may outrank), and an unpaired surrogate (its message counts characters from the start of
 * the cell). Kept by the answers it holds: a class repeats its syntax errors.
 */
function errorFrom(plan: TodoPlan, c: number, answers: readonly string[]): ParseResult | null {
  const chunk = plan.chunks[c] as Chunk;
  const key = errorKey(plan, c, answers);
  let result = errorCache.get(key);
  if (result === undefined) {
    let text = chunk.lead + (chunk.rest[0] as string);
    for (let i = 1; i < chunk.rest.length; i++) text += (answers[chunk.restFrom + i - 1] as string) + (chunk.rest[i] as string);
    result = keepError(key, parseForReuse(text).failure);
  }
  return result;
}

/** The answers from chunk c on (no answer holds a NUL). */
function errorKey(plan: TodoPlan, c: number, answers: readonly string[]): string {
  let key = plan.id + '\0e' + c;
  for (let b = (plan.chunks[c] as Chunk).restFrom; b < answers.length; b++) key += '\0' + answers[b];
  return key;
}

/** Keeps what errorFrom answers for a failure of the rest of the cell (see there) and returns it. */
function keepError(key: string, failure: ParseResult | null): ParseResult | null {
  const result = failure === null || (!failure.ok && failure.error.type === 'UnicodeEncodeError') ? null : failure;
  errorCache.set(key, result);
  if (errorCache.size > MAX_CHUNKS) errorCache.delete(errorCache.keys().next().value as string);
  return result;
}

/** Errors by template, first chunk that does not count, and the answers from it on. */
const errorCache = new Map<string, ParseResult | null>();

/** parseCell's result for `filled`, the TODO cell `todoCell` with `answers` in its blanks. */
export function parseTodoCell(todoCell: string, answers: readonly string[], filled: string): ParseResult {
  const plan = planFor(todoCell);
  const fromChunks = plan === null ? null : parseFromChunks(plan, answers);
  return fromChunks ?? parseCellCached(filled);
}

/** For tests: forget every chunk parsed (of the templates planFor keeps) and every error. */
export function clearChunkCache(): void {
  for (const plan of plans.values()) for (const chunk of plan?.chunks ?? []) chunk.parsed.clear();
  errorCache.clear();
}
