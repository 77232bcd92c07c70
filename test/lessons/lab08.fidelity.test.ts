// The lesson data against the lab it was transcribed from: nothing dropped, nothing invented,
// cells byte-for-byte. Skipped, and named in the run's summary, without ../shared (test/support/shared.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons';
import type { Block } from '../../src/lessons';
import { readLab } from './labMarkdown';
import { sharedFile } from '../support/shared';
import type { MdFence, MdImage, MdTable } from './labMarkdown';

const LAB = sharedFile('lab/LAB08_lakeflow_jobs.md');
const labExists = LAB.available;
const md = labExists ? readFileSync(LAB.path, 'utf8') : '';
const lab = readLab(md);

const { workshop, practice, summary } = LAB08;

/** Every block of the data in the order the lab shows it. */
const docBlocks: Block[] = [
  ...LAB08.structure,
  ...LAB08.setup,
  ...workshop.intro,
  ...workshop.steps.flatMap((s) => s.blocks),
  ...workshop.reference.blocks,
  ...practice.intro,
  ...practice.tasks.flatMap((t) => t.prompt),
  ...summary.workshop,
  ...summary.practice,
];

function blockProse(b: Block): string[] {
  switch (b.kind) {
    case 'paragraph':
      return b.text.split('\n');
    case 'note':
      return [`> ${b.text}`];
    case 'heading':
      return [`${'#'.repeat(b.level)} ${b.text}`];
    case 'list':
      return b.items.map((item, i) => (b.ordered ? `${i + 1}. ${item}` : `- ${item}`));
    default:
      return [];
  }
}

/** The data written back as the lab's prose lines, headings included, in document order. */
function renderProse(): string[] {
  const all = (blocks: Block[]) => blocks.flatMap(blockProse);
  return [
    `# ${LAB08.title}`,
    `**Duration:** ${LAB08.duration} | **Day:** ${LAB08.day} | **Difficulty:** ${LAB08.difficulty}`,
    `**After module:** ${LAB08.module}`,
    `> *"${LAB08.quote}"*`,
    '### Lab Structure',
    ...all(LAB08.structure),
    '## Setup',
    ...all(LAB08.setup),
    `## ${workshop.title}`,
    ...all(workshop.intro),
    ...workshop.steps.flatMap((s) => [`### Step ${s.number}: ${s.title}`, ...all(s.blocks)]),
    ...all(workshop.reference.blocks),
    `## ${practice.title}`,
    ...all(practice.intro),
    ...practice.tasks.flatMap((t) => [`### Task ${t.number}: ${t.title}`, ...all(t.prompt)]),
    '## Summary',
    '### Section 1 — Workshop',
    ...all(summary.workshop),
    '### Section 2 — Practice',
    ...all(summary.practice),
    `> **Exam Tip:** ${summary.examTip}`,
  ];
}

function dataTables(): MdTable[] {
  const tables: MdTable[] = docBlocks
    .filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table')
    .map(({ header, align, rows }) => ({ header, align, rows }));
  tables.push({
    header: summary.takeawayHeader ?? [],
    align: [null, null],
    rows: summary.takeaways.map((t) => [`**${t.topic}**`, t.text]),
  });
  return tables;
}

function dataFences(): MdFence[] {
  // The setup `%run` is a notebook cell in the lab, not a fenced block.
  return docBlocks
    .filter((b): b is Extract<Block, { kind: 'code' }> => b.kind === 'code' && !LAB08.setup.includes(b))
    .map(({ lang, code }) => ({ lang, code }));
}

function dataImages(): MdImage[] {
  return docBlocks
    .filter((b): b is Extract<Block, { kind: 'image' }> => b.kind === 'image')
    .map(({ caption, file }) => ({ caption, file }));
}

function dataCells(): string[] {
  const setup = LAB08.setup.flatMap((b) => (b.kind === 'code' ? [b.code] : []));
  return [...setup, ...practice.tasks.flatMap((t) => [t.todoCell, t.verifyCell])];
}

const title = `fidelity to LAB08_lakeflow_jobs.md${LAB.skipNote}`;

describe.skipIf(!labExists)(title, () => {
  it.each(practice.tasks.map((t) => [t.id, t] as const))(
    '%s: the TODO and verification cells appear verbatim, each as a whole cell',
    (_id, task) => {
      expect(md).toContain(task.todoCell);
      expect(md).toContain(task.verifyCell);
      // Whole cell: right after the cell marker and ended by a blank line, so no line was cut off.
      expect(md).toContain(`In [0]:\n${task.todoCell}\n\n`);
      expect(md).toContain(`In [0]:\n${task.verifyCell}\n\n`);
    },
  );

  it('holds every notebook cell of the lab, in order, and no other', () => {
    expect(lab.cells).toHaveLength(17);
    expect(dataCells()).toEqual(lab.cells);
  });

  it('holds both reference YAML definitions verbatim', () => {
    expect(md).toContain('```yaml\n' + workshop.reference.ordersYaml + '\n```');
    expect(md).toContain('```yaml\n' + workshop.reference.customerYaml + '\n```');
    expect(workshop.reference.ordersYaml).toContain('name: demo_orders_pipeline');
    expect(workshop.reference.customerYaml).toContain('name: demo_customer_pipeline');
    const yamlBlocks = workshop.reference.blocks.flatMap((b) => (b.kind === 'code' ? [b.code] : []));
    expect(yamlBlocks).toEqual([workshop.reference.ordersYaml, workshop.reference.customerYaml]);
  });

  it('holds every fenced code block of the lab, in order, with its language', () => {
    expect(dataFences()).toEqual(lab.fences);
  });

  it('holds every screenshot with its alt text as caption and its file name', () => {
    expect(lab.images.length).toBeGreaterThan(0);
    expect(dataImages()).toEqual(lab.images);
    const files = JSON.stringify(LAB08);
    for (const img of lab.images) expect(files).toContain(img.file);
  });

  it('holds every table of the lab: header, alignment and rows, in order', () => {
    const mine = dataTables();
    expect(mine.map((t) => t.header)).toEqual(lab.tables.map((t) => t.header));
    expect(mine).toEqual(lab.tables);
  });

  it('holds every prose line of the lab, in order, and nothing the lab does not say', () => {
    expect(renderProse()).toEqual(lab.prose);
  });

  it('takes the takeaways from the summary table, one per task topic', () => {
    const table = lab.tables.at(-1);
    expect(table?.header).toEqual(['Topic', 'Key Takeaway']);
    expect(practice.tasks.map((t) => [`**${t.takeaway.topic}**`, t.takeaway.text])).toEqual(table?.rows);
  });
});
