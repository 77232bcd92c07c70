// The deck as files other tools read: a tab-separated text file Anki imports, and JSON. Pure:
// records in, text out (the CLI writes it). Never imports React.
import type { CardRecord } from './types';

export type ExportFormat = 'anki' | 'json';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['anki', 'json'];

/** The tag a card gets in Anki: hierarchical by topic (`lakeflow-lab::triggers`). */
export function ankiTag(topic: CardRecord['topic']): string {
  return `lakeflow-lab::${topic}`;
}

/** The cards' inline markdown as HTML: `code` and **bold** (inside code, asterisks are text). */
function inlineHtml(escaped: string): string {
  return escaped
    .split(/(`[^`]+`)/)
    .map((part) => (/^`[^`]+`$/.test(part) ? `<code>${part.slice(1, -1)}</code>` : part.replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')))
    .join('');
}

/**
 * One field of Anki's text import with HTML allowed: escaped so that no tab, newline or quote
 * reaches the file (a tab would end the field, a newline the note, a leading quote would start
 * CSV quoting), line breaks as <br>, leading spaces kept (code, DAG drawings), and the cards'
 * inline markdown as HTML.
 */
export function ankiField(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      const escaped = line
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/\t/g, '&#9;');
      const indent = /^ */.exec(escaped)?.[0].length ?? 0;
      return '&nbsp;'.repeat(indent) + inlineHtml(escaped.slice(indent));
    })
    .join('<br>');
}

/**
 * Anki's "Import File" text format: file headers say tab-separated, HTML in fields, and which
 * column holds the tags; then one note per line: front, back (with the source), tags.
 */
export function ankiText(records: readonly CardRecord[]): string {
  const head = ['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3'];
  const lines = records.map((r) => {
    const back = r.source && !r.back.includes(r.source) ? `${r.back}\n\nSource: ${r.source}` : r.back;
    return [ankiField(r.front), ankiField(back), ankiTag(r.topic)].join('\t');
  });
  return `${[...head, ...lines].join('\n')}\n`;
}

/** `{"cards": [...]}`, each card with id, topic, front, back, options (or null), answer, source (URL or null). */
export function jsonText(records: readonly CardRecord[]): string {
  const cards = records.map((r) => ({ id: r.id, topic: r.topic, front: r.front, back: r.back, options: r.options, answer: r.answer, source: r.source }));
  return `${JSON.stringify({ cards }, null, 2)}\n`;
}
