import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildDrillResult,
  canonicalJson,
  createResultFile,
  labContentHash,
  learnerSlug,
  resultFileName,
  saveResultFile,
} from '../../src/drill/result-file';
import { loadResults } from '../../src/drill/report';
import { validateDrillResult } from '../../src/drill/validate';
import { FIXTURE_LAB, fakeDrill } from './fixtures';

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lakeflow-drill-'));
  temps.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

describe('labContentHash', () => {
  it('hashes the TODO and verification cells, in task-number order', () => {
    const hash = labContentHash(FIXTURE_LAB);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    const reversed = { practice: { tasks: [...FIXTURE_LAB.practice.tasks].reverse() } };
    expect(labContentHash(reversed)).toBe(hash);
    const edited = {
      practice: { tasks: FIXTURE_LAB.practice.tasks.map((t, i) => (i === 2 ? { ...t, verifyCell: `${t.verifyCell} ` } : t)) },
    };
    expect(labContentHash(edited)).not.toBe(hash);
    // Titles, prompts and blanks do not take part: only what decides a verdict.
    const retitled = { practice: { tasks: FIXTURE_LAB.practice.tasks.map((t) => ({ ...t, title: 'x' })) } };
    expect(labContentHash(retitled)).toBe(hash);
  });

  it('is a sha256 of a canonical JSON (pinned, so it is the same on every machine)', () => {
    const lab = { practice: { tasks: [{ number: 1, todoCell: 'a = ______', verifyCell: 'assert a == 1' }] } };
    expect(canonicalJson(lab.practice.tasks)).toBe('[{"number":1,"todoCell":"a = ______","verifyCell":"assert a == 1"}]');
    // sha256 of the line above, computed independently with node:crypto on the literal text.
    expect(labContentHash(lab)).toBe('c58fdcdfee5fbbc3ec9a25b51770e14166c91f9b31e1c41c67b1d1a0ff19a3af');
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x', skip: undefined }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
  });
});

describe('file names', () => {
  it('makes a readable slug', () => {
    expect(learnerSlug('  Zoë Ångström-Łukasz ')).toBe('zoe-angstrom-ukasz');
    expect(learnerSlug('../../etc/passwd')).toBe('etc-passwd');
    expect(learnerSlug('李雷')).toBe('learner');
    expect(learnerSlug('a'.repeat(100))).toHaveLength(40);
  });

  it('starts with a sortable UTC timestamp', () => {
    expect(resultFileName(Date.UTC(2026, 2, 14, 10, 15, 2, 345), 'Ada Lovelace', '3f9a1c')).toBe(
      '20260314T101502Z-ada-lovelace-3f9a1c.json',
    );
  });
});

describe('createResultFile / saveResultFile', () => {
  it('never overwrites an existing file, even when the random suffix collides', () => {
    const dir = join(tempDir(), 'nested', 'drills');
    const { result } = fakeDrill({ learner: 'Ada Lovelace', submit: { 1: ['3', 'refresh_pipeline'] } });
    const suffixes = ['aaaaaa', 'aaaaaa', 'aaaaaa', 'bbbbbb'];
    const suffix = () => suffixes.shift() ?? 'zzzzzz';
    const first = createResultFile(dir, result, { suffix });
    const before = readFileSync(first, 'utf8');
    const second = createResultFile(dir, { ...result, learner: 'Ada Lovelace' }, { suffix });
    expect(basename(first)).toMatch(/-ada-lovelace-aaaaaa\.json$/);
    expect(basename(second)).toMatch(/-ada-lovelace-bbbbbb\.json$/);
    expect(readFileSync(first, 'utf8')).toBe(before);
    expect(readdirSync(dir).sort()).toEqual([basename(first), basename(second)].sort());
  });

  it('writes a document that validates and round-trips', () => {
    const dir = tempDir();
    const { result } = fakeDrill({ learner: 'Grace', submit: { 1: ['3', 'refresh_pipeline'], 3: ['6 0 * * *', '0 * * * *'] } });
    const path = createResultFile(dir, result);
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    expect(parsed).toEqual(result);
    const validation = validateDrillResult(parsed);
    expect(validation).toEqual({ ok: true, result });
    expect(result).toMatchObject({ format: 'lakeflow-lab/drill-result', version: 1, labId: 'lab08', finished: true });
    expect(result.tasks).toHaveLength(8);
    expect(result.tasks.find((t) => t.task === 3)).toMatchObject({
      outcome: 'failed',
      answers: ['6 0 * * *', '0 * * * *'],
      attempts: 1,
      errorType: null,
    });
    expect(result.tasks.filter((t) => t.outcome === 'unanswered')).toHaveLength(6);
  });

  it('replaces the file atomically and leaves no temp file behind', () => {
    const dir = tempDir();
    const early = fakeDrill({ learner: 'Linus', finish: false, submit: { 2: ['scheduled', 'file_arrival'] } }).result;
    const path = createResultFile(dir, early);
    const late = fakeDrill({ learner: 'Linus', submit: { 2: ['scheduled', 'file_arrival'], 4: ['[]'] } }).result;
    saveResultFile(path, late);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(late);
    expect(readdirSync(dir)).toEqual([basename(path)]);
  });

  it('cleans up its temp file when the rename fails', () => {
    const dir = tempDir();
    const target = join(dir, 'taken.json');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(() => saveResultFile(target, fakeDrill({ learner: 'X' }).result)).toThrow();
    expect(readdirSync(dir)).toEqual(['taken.json']);
    expect(readdirSync(target)).toEqual(['keep']);
  });

  it('refuses to build a result for a drill that has not started or has no learner name', () => {
    const { state, result } = fakeDrill({ learner: 'Y' });
    const meta = { ...result, settings: result.settings };
    expect(() => buildDrillResult({ ...state, startedAtMs: null }, meta, 0)).toThrow(/not started/);
    expect(() => buildDrillResult(state, { ...meta, learner: '  ' }, 0)).toThrow(/no name/);
  });
});

describe('a drill killed with SIGKILL', () => {
  it('leaves a valid, unfinished file with everything submitted so far', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    const bundle = join(dir, 'child.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./support/kill-child.ts', import.meta.url))],
      outfile: bundle,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
    });

    const child = spawn(process.execPath, [bundle, out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes('looping\n')) resolve();
      });
      child.on('exit', () => reject(new Error(`child exited early: ${stderr}`)));
    });
    // Let it rewrite the file for a moment so the kill lands somewhere in the write cycle.
    await new Promise((resolve) => setTimeout(resolve, 150));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    const jsonFiles = readdirSync(out).filter((name) => name.endsWith('.json'));
    expect(jsonFiles).toHaveLength(1);
    const { accepted, rejected } = loadResults([out]);
    expect(rejected).toEqual([]);
    expect(accepted).toHaveLength(1);
    const result = accepted[0]!.result;
    expect(result).toMatchObject({ learner: 'Killed Learner', finished: false, endedAt: null, endReason: null });
    const submitted = result.tasks.filter((t) => t.attempts > 0);
    expect(submitted.map((t) => t.outcome).sort()).toEqual(['failed', 'passed', 'passed']);
    expect(result.tasks.filter((t) => t.outcome === 'unanswered')).toHaveLength(5);
  });
});
