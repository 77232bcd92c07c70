// `review --export`: the deck as Anki's tab-separated import and as JSON. Pure functions here,
// the real catalog; the built bin end to end below.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LAB08 } from '../../src/lessons/lab08';
import { deckRecords } from '../../src/review/catalog';
import { ankiField, ankiTag, ankiText, jsonText } from '../../src/review/export';
import { EXAM_TOPICS, type CardRecord } from '../../src/review/types';
import { buildOnce } from '../support/build';
import { tempDir } from '../support/temp';
import { BIN } from '../support/tmux';

const HEADERS = 4;

describe('Anki fields', () => {
  it('never let a tab, a newline or a quote through; lines become <br>, indentation stays', () => {
    const field = ankiField('a\tb\n  "c" <d> & e\r\nf');
    expect(field).not.toMatch(/[\t\n\r"]/);
    expect(field).toBe('a&#9;b<br>&nbsp;&nbsp;&quot;c&quot; &lt;d&gt; &amp; e<br>f');
  });

  it('turns the cards’ `code` and **bold** into HTML, asterisks inside code kept', () => {
    expect(ankiField('Run `*/15 * * * *` **every** time')).toBe('Run <code>*/15 * * * *</code> <b>every</b> time');
  });
});

describe('the exported deck (real catalog)', () => {
  const records = deckRecords(LAB08);

  it('has at least 86 cards, every card beyond the lab with a source URL', () => {
    expect(records.length).toBeGreaterThanOrEqual(86);
    const beyond = records.filter((r) => r.id.startsWith('exam.'));
    expect(beyond.length).toBeGreaterThanOrEqual(40);
    for (const r of beyond) expect(r.source, r.id).toMatch(/^https:\/\/\S+$/);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('Anki: the file headers, then one line per card with front, back and a topic tag', () => {
    const text = ankiText(records);
    const lines = text.split('\n');
    expect(lines.slice(0, HEADERS)).toEqual(['#separator:tab', '#html:true', '#columns:Front\tBack\tTags', '#tags column:3']);
    expect(lines.at(-1)).toBe('');
    const notes = lines.slice(HEADERS, -1);
    expect(notes).toHaveLength(records.length);
    notes.forEach((line, i) => {
      const r = records[i] as CardRecord;
      const fields = line.split('\t');
      expect(fields, r.id).toHaveLength(3);
      expect(fields[2]).toBe(ankiTag(r.topic));
      if (r.source) expect(fields[1]).toContain(r.source);
    });
    for (const topic of new Set(records.map((r) => r.topic))) expect(EXAM_TOPICS).toContain(topic);
  });

  it('JSON: {"cards": [...]} with exactly the fields the issue names', () => {
    const parsed = JSON.parse(jsonText(records)) as { cards: Array<Record<string, unknown>> };
    expect(parsed.cards).toHaveLength(records.length);
    for (const c of parsed.cards) {
      expect(Object.keys(c).sort()).toEqual(['answer', 'back', 'front', 'id', 'options', 'source', 'topic']);
      expect(c.options === null || Array.isArray(c.options)).toBe(true);
      expect(c.source === null || typeof c.source === 'string').toBe(true);
    }
  });
});

describe('lakeflow-lab review --export (the built bin, no terminal)', () => {
  beforeAll(() => buildOnce(), 60_000);

  const run = (home: string, args: string[]) =>
    spawnSync(process.execPath, [BIN, 'review', ...args], { encoding: 'utf8', env: { ...process.env, LAKEFLOW_LAB_HOME: home } });

  it('writes json and anki files covering the whole deck; bad formats and paths get one line', () => {
    const home = tempDir('llt-export-');
    const json = run(home, ['--export', 'json', join(home, 'deck.json')]);
    expect(json.status).toBe(0);
    const deck = JSON.parse(readFileSync(join(home, 'deck.json'), 'utf8')) as { cards: CardRecord[] };
    expect(deck.cards.length).toBeGreaterThanOrEqual(86);
    expect(json.stdout).toContain(`Wrote ${deck.cards.length} cards`);

    const anki = run(home, ['--export', 'anki', '-']);
    expect(anki.status).toBe(0);
    expect(anki.stdout.split('\n').filter((l) => l !== '' && !l.startsWith('#'))).toHaveLength(deck.cards.length);

    const badFormat = run(home, ['--export', 'csv', 'x']);
    expect([badFormat.status, badFormat.stderr.trim()]).toEqual([2, 'lakeflow-lab: --export takes anki or json, got csv']);
    const badPath = run(home, ['--export', 'json', join(home, 'no', 'such', 'dir.json')]);
    expect(badPath.status).toBe(1);
    expect(badPath.stderr.trim().split('\n')).toHaveLength(1);
    expect(badPath.stderr).toContain('could not write');
  });
});
