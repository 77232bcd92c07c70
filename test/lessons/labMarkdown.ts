// Just enough of a reader for LAB08_lakeflow_jobs.md to check the lesson data against it.
// It splits the file into the pieces the data models: notebook cells, fenced code, tables,
// images and the remaining prose lines.

export interface MdTable {
  header: string[];
  align: Array<'left' | 'center' | 'right' | null>;
  rows: string[][];
}

export interface MdFence {
  lang: string;
  code: string;
}

export interface MdImage {
  caption: string;
  file: string;
}

export interface LabMarkdown {
  cells: string[];
  fences: MdFence[];
  tables: MdTable[];
  images: MdImage[];
  /** Every other non-empty line, trimmed (no `---`, no `In [0]:`, no table, fence or cell lines). */
  prose: string[];
}

const CELL_MARK = 'In [0]:';

/** A cell runs until the next cell marker, rule or markdown heading; `# ...` inside is a Python comment. */
function endsCell(line: string): boolean {
  return line === CELL_MARK || line === '---' || /^#{2,} /.test(line);
}

function splitRow(line: string): string[] {
  return line
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((c) => c.trim());
}

function alignOf(cell: string): 'left' | 'center' | 'right' | null {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':');
  if (left && right) return 'center';
  if (right) return 'right';
  if (left) return 'left';
  return null;
}

export function readLab(md: string): LabMarkdown {
  const lines = md.split('\n');
  const out: LabMarkdown = { cells: [], fences: [], tables: [], images: [], prose: [] };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (line === CELL_MARK) {
      const body: string[] = [];
      i++;
      while (i < lines.length && !endsCell(lines[i] ?? '')) body.push(lines[i++] ?? '');
      while (body.length > 0 && body.at(-1) === '') body.pop();
      out.cells.push(body.join('\n'));
      continue;
    }
    if (line.startsWith('```')) {
      const lang = line.slice(3).trim();
      const body: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== '```') body.push(lines[i++] ?? '');
      i++;
      out.fences.push({ lang, code: body.join('\n') });
      continue;
    }
    if (line.startsWith('|')) {
      const block: string[] = [];
      while (i < lines.length && (lines[i] ?? '').startsWith('|')) block.push(lines[i++] ?? '');
      const [head = '', sep = '', ...rows] = block;
      out.tables.push({ header: splitRow(head), align: splitRow(sep).map(alignOf), rows: rows.map(splitRow) });
      continue;
    }
    const image = /^!\[([^\]]*)\]\(([^)]*)\)$/.exec(line.trim());
    if (image) {
      out.images.push({ caption: image[1] ?? '', file: (image[2] ?? '').split('/').at(-1) ?? '' });
    } else if (line.trim() !== '' && line !== '---') {
      out.prose.push(line.trim());
    }
    i++;
  }
  return out;
}
