// The lab notebook as a learner exports it, read into plain cells: Jupyter .ipynb, or Databricks'
// "Source file" .py (cells between `# COMMAND ----------` lines, `# MAGIC` lines for %md, %run and
// other magics). Text only in, data out: reading files is the caller's job. Every notebook is
// untrusted, so only the fields used here are read, with limits, and nothing else is kept.
import { parseUntrustedJson } from '../drill/validate';

export type CellKind = 'code' | 'markdown' | 'magic' | 'raw';

export interface NotebookCell {
  /** 0-based position in the notebook. */
  index: number;
  kind: CellKind;
  /** The cell's text with LF line ends; for a magic cell the magic line included, for %md the text after it. */
  source: string;
  /** For a magic cell: its name (`run`, `sql`, `sh`, …). */
  magic?: string;
}

export interface Notebook {
  format: 'ipynb' | 'databricks-source';
  cells: NotebookCell[];
  /** Authors named in the notebook's metadata (Jupyter), in order. */
  authors: string[];
}

export type NotebookParse = { ok: true; notebook: Notebook } | { ok: false; reason: string };

export const DATABRICKS_HEADER = '# Databricks notebook source';
export const COMMAND_SEPARATOR = '# COMMAND ----------';
const MAX_CELLS = 5000;
const MAX_AUTHOR_CHARS = 200;

/** Which parser a file name asks for; null when it is not a notebook name. */
export function notebookKind(fileName: string): 'ipynb' | 'databricks-source' | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.ipynb')) return 'ipynb';
  if (lower.endsWith('.py')) return 'databricks-source';
  return null;
}

export function parseNotebook(text: string, kind: 'ipynb' | 'databricks-source'): NotebookParse {
  return kind === 'ipynb' ? parseIpynb(text) : parseDatabricksSource(text);
}

// ---- Databricks source ---------------------------------------------------------------------------

export function parseDatabricksSource(text: string): NotebookParse {
  const lines = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n').split('\n');
  if ((lines[0] ?? '').trimEnd() !== DATABRICKS_HEADER) {
    return { ok: false, reason: `not a Databricks notebook source file (the first line is not "${DATABRICKS_HEADER}")` };
  }
  const chunks: string[][] = [[]];
  for (const line of lines.slice(1)) {
    if (line.trimEnd() === COMMAND_SEPARATOR) chunks.push([]);
    else (chunks[chunks.length - 1] as string[]).push(line);
  }
  if (chunks.length > MAX_CELLS) return { ok: false, reason: `more than ${MAX_CELLS} cells` };
  const cells: NotebookCell[] = [];
  for (const chunk of chunks) {
    let body = trimBlankLines(chunk);
    // `# DBTITLE 1,Title` heads a cell that has a title: not part of the code.
    if (body[0]?.startsWith('# DBTITLE ')) body = trimBlankLines(body.slice(1));
    if (body.length === 0) continue;
    const magic = body.every((line) => /^# MAGIC( |$)/.test(line));
    const source = magic ? body.map((line) => line.replace(/^# MAGIC ?/, '')).join('\n') : body.join('\n');
    cells.push(classify(cells.length, source));
  }
  return { ok: true, notebook: { format: 'databricks-source', cells, authors: [] } };
}

function trimBlankLines(lines: readonly string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (lines[start] ?? '').trim() === '') start++;
  while (end > start && (lines[end - 1] ?? '').trim() === '') end--;
  return lines.slice(start, end);
}

/** A code cell's text decides what it is: `%md` is markdown, `%python` is code, any other `%x` a magic. */
function classify(index: number, source: string): NotebookCell {
  const match = /^%{1,2}([A-Za-z_][\w-]*)[^\S\n]*(?:\n|$)?/.exec(source);
  if (!match) return { index, kind: 'code', source };
  const name = (match[1] as string).toLowerCase();
  const rest = source.slice(match[0].length);
  if (name === 'md' || name === 'markdown') return { index, kind: 'markdown', source: rest };
  if (name === 'python' || name === 'py') return { index, kind: 'code', source: rest };
  return { index, kind: 'magic', source, magic: name };
}

// ---- Jupyter ----------------------------------------------------------------------------------------

export function parseIpynb(text: string): NotebookParse {
  let data: unknown;
  try {
    data = parseUntrustedJson(text.replace(/^\ufeff/, ''));
  } catch (error) {
    return { ok: false, reason: error instanceof RangeError ? 'JSON nested too deeply' : 'not valid JSON (a Jupyter notebook is JSON)' };
  }
  if (!isObject(data) || !Array.isArray(data.cells)) return { ok: false, reason: 'not a Jupyter notebook (no "cells" list)' };
  if (data.cells.length > MAX_CELLS) return { ok: false, reason: `more than ${MAX_CELLS} cells` };
  const cells: NotebookCell[] = [];
  for (const [i, raw] of data.cells.entries()) {
    if (!isObject(raw)) return { ok: false, reason: `cell ${i + 1}: expected an object` };
    const type = raw.cell_type;
    const source = sourceText(raw.source);
    if (source === null) return { ok: false, reason: `cell ${i + 1}: "source" is not text or a list of text` };
    if (type === 'code') cells.push(classify(cells.length, source));
    else if (type === 'markdown') cells.push({ index: cells.length, kind: 'markdown', source });
    else if (type === 'raw') cells.push({ index: cells.length, kind: 'raw', source });
    else return { ok: false, reason: `cell ${i + 1}: unknown cell_type` };
  }
  const authors: string[] = [];
  const meta = data.metadata;
  if (isObject(meta) && Array.isArray(meta.authors)) {
    for (const author of meta.authors.slice(0, 20)) {
      const name = isObject(author) ? author.name : author;
      if (typeof name === 'string' && name.trim() !== '') authors.push(name.trim().slice(0, MAX_AUTHOR_CHARS));
    }
  }
  return { ok: true, notebook: { format: 'ipynb', cells, authors } };
}

function sourceText(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n');
  if (Array.isArray(value) && value.every((part) => typeof part === 'string')) return value.join('').replace(/\r\n?/g, '\n');
  return null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
