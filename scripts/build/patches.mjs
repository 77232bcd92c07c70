// patches/ are applied to node_modules by postinstall (patch-package). A node_modules installed
// before a patch was added lacks it; the build and the test run (vitest globalSetup) apply them
// here with the same tool, so neither a bundle nor a test ever runs unpatched dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A file each patch changes, and text only the patched file has. */
const PATCHED = [
  ['ink/build/output.js', 'patches/ink+6.8.0.patch'],
  ['ink/build/log-update.js', 'Patched: after a frame'],
  ['@alcalzone/ansi-tokenize/build/styledChars.js', 'function sameStyles'],
  ['yoga-layout/dist/binaries/yoga-wasm-base64-esm.js', '"function"!="undefined"'],
  ['string-width/index.js', 'rgiEmojiRegexBuilt'],
];

export function ensurePatched(root) {
  const unpatched = PATCHED.filter(([file, mark]) => !readFileSync(resolve(root, 'node_modules', file), 'utf8').includes(mark));
  if (unpatched.length === 0) return;
  process.stderr.write(`applying patches/ (not yet applied to ${unpatched.map(([f]) => f).join(', ')})\n`);
  const tool = resolve(root, 'node_modules/patch-package/index.js');
  if (!existsSync(tool)) {
    throw new Error('patch-package is not installed: run `npm install` (it applies patches/ too)');
  }
  const applied = spawnSync(process.execPath, [tool, '--error-on-fail', '--error-on-warn'], { cwd: root, stdio: 'inherit' });
  if (applied.status !== 0) throw new Error('patches/ could not be applied (patch-package names the patch to redo above)');
}
