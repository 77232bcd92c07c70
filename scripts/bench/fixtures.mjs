// The bench's inputs, generated from the app's own sources: fixtures-entry.mjs is bundled with
// esbuild (it imports TypeScript from src/) into a temp folder and imported from there.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export async function loadGenerators(tmp) {
  const outfile = join(tmp, 'fixtures.mjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['scripts/bench/fixtures-entry.mjs'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  return import(pathToFileURL(outfile).href);
}

/** JSON Lines for `check --batch`. */
export function writeBatchFile(gen, dir, count) {
  const file = join(dir, `batch-${count}.jsonl`);
  writeFileSync(file, gen.answerSets(count).map((s) => JSON.stringify(s)).join('\n') + '\n');
  return file;
}

/** The same answer sets as writeBatchFile, as the two cells each runs: CPython's input. */
export function writeCellsFile(gen, dir, count) {
  const file = join(dir, `cells-${count}.json`);
  writeFileSync(file, JSON.stringify(gen.cellsOf(gen.answerSets(count))));
  return file;
}

/** One folder of drill result files, one per learner, as a class would hand them in. */
export function writeResultFolder(gen, dir, count, appVersion) {
  const folder = join(dir, `results-${count}`);
  mkdirSync(folder, { recursive: true });
  gen.drillResults(count, { appVersion }).forEach((result, i) => {
    writeFileSync(join(folder, `result-${String(i).padStart(4, '0')}.json`), `${JSON.stringify(result, null, 2)}\n`);
  });
  return folder;
}

/** The reference answers of a task, as the file `check --answers` reads. */
export function writeAnswersFile(gen, dir, task) {
  const file = join(dir, `answers-${task}.json`);
  writeFileSync(file, JSON.stringify(gen.referenceAnswers(task)));
  return file;
}
