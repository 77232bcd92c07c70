// Bundles the app into dist/ so that start-up opens a handful of files instead of ~600.
// Flags and why: README.md "Performance" (each one measured there).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensurePatched } from './build/patches.mjs';
import { FAST_TEXT, fastStringWidth, signalExitAssert } from './build/plugins.mjs';
import { chunkGroups, unlistedEntries } from './build/chunks.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
// --outdir: the bench builds into a temp folder so that nobody rebuilding dist/ disturbs it.
const { values: flags } = parseArgs({
  options: { watch: { type: 'boolean' }, outdir: { type: 'string' }, 'esbuild-options': { type: 'string' } },
});
const watch = flags.watch === true;

// The bundle must carry the patched dependencies (patches/README.md).
ensurePatched(root);
const outdir = resolve(root, flags.outdir ?? 'dist');

const options = {
  absWorkingDir: root,
  entryPoints: { cli: 'bin/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  // Shorter names: ~35% less JavaScript to read and parse at start-up (the bundle is what runs;
  // LAKEFLOW_LAB_DEBUG stacks point into it either way).
  minifyIdentifiers: true,
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  sourcemap: false,
  chunkNames: 'chunks/[name]-[hash]',
  // DuckDB is a native module (~70 MB): it loads from node_modules, and only when a SQL query runs
  // (src/sql/engine.ts imports it dynamically; test/sql/lazy.test.ts checks the bundle keeps it so).
  external: ['@duckdb/node-api', '@duckdb/node-bindings', '@duckdb/node-bindings-*'],
  alias: {
    'react-devtools-core': './scripts/stubs/react-devtools-core.js',
    // Ink asks it for a size only when stdout has none; the real one imports child_process (~10 ms).
    'terminal-size': './scripts/stubs/terminal-size.js',
    'is-in-ci': './scripts/stubs/is-in-ci.js',
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    __APP_VERSION__: JSON.stringify(pkg.version),
    // ICU's segmenter data loads on the first `new Intl.Segmenter()`; LazySegmenter waits until a
    // string needs it (stubs/fast-text.js).
    'Intl.Segmenter': 'LazySegmenter',
  },
  inject: [FAST_TEXT],
  // Ink, ansi-tokenize, yoga-layout and string-width are patched in node_modules (patches/README.md).
  // chunkGroups: which modules share a file (scripts/build/chunks.mjs); the metafile lets the
  // build check that every entry point is listed there.
  plugins: [fastStringWidth, signalExitAssert, chunkGroups(root)],
  metafile: true,
  banner: {
    js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

// For experiments (scripts/bench): extra esbuild options as JSON, e.g. '{"minifyIdentifiers":true}'.
if (flags['esbuild-options']) Object.assign(options, JSON.parse(flags['esbuild-options']));

// Chunk names carry hashes: stale chunks from an earlier build would pile up.
rmSync(outdir, { recursive: true, force: true });

if (watch) {
  const { context } = await import('esbuild');
  const ctx = await context(options);
  await ctx.watch();
} else {
  const result = await build(options);
  const unlisted = unlistedEntries(result.metafile);
  if (unlisted.length > 0) {
    console.error(`build: entry points not listed in scripts/build/chunks.mjs (say which chunk groups each imports): ${unlisted.join(', ')}`);
    process.exit(1);
  }
}
