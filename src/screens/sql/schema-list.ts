// The SQL screen's list of tables and their columns (pure): one item per table and per column,
// a selection that moves over them, and the text Enter puts into the query (the table's full
// name, or the column's name).

import { displayWidth, padEnd, truncate } from '../../text/width';
import type { PLine } from '../components/code-cell';

export interface SchemaColumn {
  name: string;
  type: string;
  doc?: string;
}

export interface SchemaTable {
  /** Full name as the learner types it: system.lakeflow.jobs. */
  name: string;
  doc?: string;
  columns: readonly SchemaColumn[];
}

export interface SchemaItem {
  kind: 'table' | 'column';
  label: string;
  type?: string;
  doc?: string;
  /** What Enter puts into the query. */
  insert: string;
}

export function schemaItems(tables: readonly SchemaTable[]): SchemaItem[] {
  const items: SchemaItem[] = [];
  for (const t of tables) {
    items.push({ kind: 'table', label: t.name, insert: t.name, ...(t.doc ? { doc: t.doc } : {}) });
    for (const c of t.columns) items.push({ kind: 'column', label: c.name, type: c.type, insert: c.name, ...(c.doc ? { doc: c.doc } : {}) });
  }
  return items;
}

export type SchemaAction = { type: 'move'; delta: number } | { type: 'page'; delta: 1 | -1; rows: number };

export function schemaReducer(index: number, action: SchemaAction, count: number): number {
  const step = action.type === 'move' ? action.delta : action.delta * Math.max(1, action.rows - 1);
  return Math.min(Math.max(0, index + step), Math.max(0, count - 1));
}

/** A compact type for the list: STRUCT(…) and MAP(…) without their insides. */
export function shortType(type: string): string {
  const open = type.indexOf('(');
  const base = open === -1 ? type : `${type.slice(0, open)}(…)${type.trimEnd().endsWith('[]') ? '[]' : ''}`;
  return base;
}

/** The list's rows for a window of `height` around `index`, each `width` wide; the selection is marked. */
export function schemaLines(items: readonly SchemaItem[], index: number, width: number, height: number, top: number): { lines: PLine[]; top: number } {
  const h = Math.max(1, height);
  let start = Math.min(Math.max(0, top), Math.max(0, items.length - h));
  if (index < start) start = index;
  if (index >= start + h) start = index - h + 1;
  const lines: PLine[] = [];
  for (let i = start; i < Math.min(items.length, start + h); i++) {
    const item = items[i] as SchemaItem;
    const selected = i === index;
    const pointer = selected ? '› ' : '  ';
    if (item.kind === 'table') {
      lines.push([{ text: pointer, roles: ['accent'] }, { text: truncate(item.label, Math.max(1, width - 2)), roles: selected ? ['selection'] : ['heading'] }]);
      continue;
    }
    const room = Math.max(1, width - 4);
    const type = shortType(item.type ?? '');
    // The name first (it is what gets typed), the type in what is left.
    const nameWidth = Math.min(displayWidth(item.label), room);
    const rest = room - nameWidth - 1;
    lines.push([
      { text: `${pointer}  `, roles: ['accent'] },
      { text: padEnd(item.label, nameWidth), roles: selected ? ['selection'] : [] },
      { text: rest >= 4 ? ` ${truncate(type, rest)}` : '', roles: ['muted'] },
    ]);
  }
  return { lines, top: start };
}
