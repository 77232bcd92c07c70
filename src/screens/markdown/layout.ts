// Lesson blocks → terminal lines of at most `width` columns. Pure: the same blocks and width
// always give the same lines, so views memoise on (blocks, width, noColor).

import type { Block } from '../../lessons/types';
import type { Role } from '../theme';
import { displayWidth } from '../../text/width';
import { highlight } from './highlight';
import { parseInline, type InlineOptions } from './inline';
import { clipLine, hardWrap, wrapSegments, type Line, type Segment } from './lines';
import { renderTable } from './table';

export interface LayoutOptions {
  width: number;
  /** Without colour, code spans keep their backticks (their only marker left). */
  noColor?: boolean;
}

const MUTED: readonly Role[] = ['muted'];

function paragraphs(text: string): string[] {
  return text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
}

function layoutHeading(level: number, text: string, width: number, inline: InlineOptions): Line[] {
  const lines = wrapSegments(parseInline(text, { ...inline, roles: ['heading'] }), width);
  if (level <= 2) {
    const longest = Math.max(...lines.map((l) => l.reduce((w, s) => w + displayWidth(s.text), 0)));
    lines.push([{ text: (level === 1 ? '═' : '─').repeat(Math.min(width, longest)), roles: MUTED }]);
  }
  return lines;
}

function layoutCode(code: string, lang: string, title: string | undefined, width: number): Line[] {
  const lines: Line[] = [];
  if (title) lines.push(...wrapSegments([{ text: title, roles: ['muted', 'italic'] }], width));
  const gutter: Segment = { text: '│ ', roles: MUTED };
  // A wrapped code line continues behind a dotted gutter, so it is not read as a new line.
  const cont: Segment = { text: '┆ ', roles: MUTED };
  const room = Math.max(1, width - 2);
  for (const line of highlight(code, lang)) {
    hardWrap(line, room).forEach((part, i) => lines.push([i === 0 ? gutter : cont, ...part]));
  }
  return lines;
}

function layoutNote(text: string, width: number, inline: InlineOptions, glyph: string): Line[] {
  const bar: Line = [{ text: `${glyph} `, roles: ['quote'] }];
  const lines: Line[] = [];
  paragraphs(text).forEach((p, i) => {
    if (i > 0) lines.push(bar);
    lines.push(...wrapSegments(parseInline(p, inline), width, { first: bar, rest: bar }));
  });
  return lines;
}

function layoutList(ordered: boolean, items: readonly string[], width: number, inline: InlineOptions, bullet: string): Line[] {
  const markerWidth = ordered ? String(items.length).length + 2 : 2;
  const lines: Line[] = [];
  items.forEach((item, i) => {
    const marker = ordered ? `${i + 1}.`.padStart(markerWidth - 1) + ' ' : `${bullet} `;
    lines.push(
      ...wrapSegments(parseInline(item, inline), width, {
        first: [{ text: marker, roles: ordered ? [] : ['accent'] }],
        rest: [{ text: ' '.repeat(markerWidth) }],
      }),
    );
  });
  return lines;
}

export function layoutBlock(block: Block, options: LayoutOptions): Line[] {
  const width = Math.max(1, options.width);
  const inline: InlineOptions = { keepCodeTicks: options.noColor ?? false };
  switch (block.kind) {
    case 'paragraph':
      return paragraphs(block.text).flatMap((p, i) => [
        ...(i > 0 ? [[] as Line] : []),
        ...wrapSegments(parseInline(p, inline), width),
      ]);
    case 'heading':
      return layoutHeading(block.level, block.text, width, inline);
    case 'table':
      return renderTable(block, width, inline);
    case 'code':
      return layoutCode(block.code, block.lang, block.title, width);
    case 'note':
      return layoutNote(block.text, width, inline, '▌');
    case 'image':
      return wrapSegments([{ text: `[screenshot: ${block.caption}]`, roles: ['muted', 'italic'] }], width);
    case 'list':
      return layoutList(block.ordered, block.items, width, inline, '•');
    case 'rule':
      return [[{ text: '─'.repeat(width), roles: MUTED }]];
  }
}

/** All blocks, one blank line between them; no line is wider than `width`. */
export function layoutBlocks(blocks: readonly Block[], options: LayoutOptions): Line[] {
  const out: Line[] = [];
  for (const block of blocks) {
    const lines = layoutBlock(block, options);
    if (lines.length === 0) continue;
    if (out.length > 0) out.push([]);
    for (const line of lines) out.push(clipLine(line, Math.max(1, options.width)));
  }
  return out;
}
