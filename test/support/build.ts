// The end-to-end tests run the built bin, so they build it once from the current source first.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

let built = false;

export function buildOnce(): void {
  if (built) return;
  execFileSync(process.execPath, [resolve(__dirname, '../../scripts/build.mjs')], { stdio: 'inherit' });
  built = true;
}
