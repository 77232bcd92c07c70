// Bundles the app into dist/ so that start-up opens a handful of files instead of ~600.
// Flags and why: ../shared/notes/performance.md (measured on this machine kind).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { readFileSync, rmSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const watch = process.argv.includes('--watch');

const options = {
  absWorkingDir: root,
  entryPoints: { cli: 'bin/cli.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  jsx: 'automatic',
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  sourcemap: false,
  chunkNames: 'chunks/[name]-[hash]',
  alias: { 'react-devtools-core': './scripts/stubs/react-devtools-core.js' },
  define: {
    'process.env.NODE_ENV': '"production"',
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  banner: {
    js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);",
  },
  logLevel: 'warning',
};

// Chunk names carry hashes: stale chunks from an earlier build would pile up.
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });

if (watch) {
  const { context } = await import('esbuild');
  const ctx = await context(options);
  await ctx.watch();
} else {
  await build(options);
}
