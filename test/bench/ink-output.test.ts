// Ink's output stage is patched for speed (patches/ink+6.8.0.patch and
// patches/@alcalzone+ansi-tokenize+0.2.5.patch, applied to node_modules at install; see
// patches/README.md); the frames must stay byte for byte what unpatched Ink writes. The unpatched
// files are rebuilt here by reversing the patches on a temp copy (`git apply -R`), both versions are
// bundled and fed the same random frames: styled text, wide characters, clipping, line
// transformers, and frame after frame (the patched caches outlive a frame).
import { build, type Plugin } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { VirtualScreen } from '../../scripts/bench/screen.mjs';
import { tempDir } from '../support/temp';

interface OutputLike {
  write(x: number, y: number, text: string, options: { transformers: Array<(line: string, index: number) => string> }): void;
  clip(clip: { x1?: number; x2?: number; y1?: number; y2?: number }): void;
  unclip(): void;
  get(): { output: string; height: number };
}
type LogUpdate = ((text: string) => boolean) & { clear(): void };
interface Ink {
  Output: new (options: { width: number; height: number }) => OutputLike;
  logUpdate: { create(stream: { write(s: string): boolean }, options: { incremental?: boolean }): LogUpdate };
  styledCharsToString(chars: unknown[]): string;
  styledCharsFromTokens(tokens: unknown[]): unknown[];
  tokenize(text: string): unknown[];
}

const root = resolve(__dirname, '../..');
const dir = tempDir('lakeflow-ink-output-');
const PATCHES = ['ink+6.8.0.patch', '@alcalzone+ansi-tokenize+0.2.5.patch'];
const PATCHED_FILES = [
  'node_modules/ink/build/output.js',
  'node_modules/ink/build/log-update.js',
  'node_modules/@alcalzone/ansi-tokenize/build/styledChars.js',
];
let original: Ink;
let patched: Ink;

/** The patched files as they were before the patches: path in node_modules → text. */
function unpatchedSources(): Map<string, string> {
  const copy = join(dir, 'unpatched');
  for (const file of PATCHED_FILES) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  for (const patch of PATCHES) execFileSync('git', ['apply', '-R', join(root, 'patches', patch)], { cwd: copy });
  return new Map(PATCHED_FILES.map((file) => [join(root, file), readFileSync(join(copy, file), 'utf8')]));
}

function serve(sources: Map<string, string>): Plugin {
  return {
    name: 'unpatched',
    setup(b) {
      b.onLoad({ filter: /\.js$/ }, (args) => {
        const contents = sources.get(args.path);
        return contents === undefined ? undefined : { contents, loader: 'js' };
      });
    },
  };
}

async function bundle(name: string, plugins: Plugin[]): Promise<Ink> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: {
      contents:
        // Not in Ink's package exports: by path.
        `export { default as Output } from ${JSON.stringify(join(root, 'node_modules/ink/build/output.js'))};\n` +
        `export { default as logUpdate } from ${JSON.stringify(join(root, 'node_modules/ink/build/log-update.js'))};\n` +
        "export { styledCharsToString, styledCharsFromTokens, tokenize } from '@alcalzone/ansi-tokenize';\n",
      resolveDir: root,
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    plugins,
    // signal-exit (via cli-cursor) requires node builtins.
    banner: { js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  return (await import(pathToFileURL(outfile).href)) as Ink;
}

beforeAll(async () => {
  const unpatched = unpatchedSources();
  // The installed files are the patched ones: a patch that did not apply shows here first.
  for (const [path, text] of unpatched) expect(readFileSync(path, 'utf8'), path).not.toBe(text);
  original = await bundle('original', [serve(unpatched)]);
  patched = await bundle('patched', []);
}, 30_000);

const SGR = ['\u001B[1m', '\u001B[22m', '\u001B[2m', '\u001B[3m', '\u001B[23m', '\u001B[36m', '\u001B[39m', '\u001B[90m', '\u001B[7m', '\u001B[27m', '\u001B[0m', '\u001B[38;2;10;20;30m', '\u001B[41m', '\u001B[49m'];
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('a', 'b', ' ', 'x y', '—', '│', '█', '·', '→', 'task_name', '0 6 * * *') },
  { weight: 3, arbitrary: fc.constantFrom(...SGR) },
  { weight: 1, arbitrary: fc.constantFrom('漢', '👍', 'e\u0301', '\n') },
);
const text = fc.array(piece, { minLength: 1, maxLength: 25 }).map((p) => p.join(''));
const TRANSFORMERS: Array<(line: string, index: number) => string> = [
  (line) => `\u001B[1m${line}\u001B[22m`,
  (line, index) => (index % 2 === 0 ? `\u001B[36m${line}\u001B[39m` : line),
  (line) => line.toUpperCase(),
];
const op = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('write' as const),
      x: fc.integer({ min: -3, max: 30 }),
      y: fc.integer({ min: -2, max: 9 }),
      text,
      transformers: fc.subarray([0, 1, 2]),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('clip' as const),
      x1: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      x2: fc.option(fc.integer({ min: 5, max: 30 }), { nil: undefined }),
      y1: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
      y2: fc.option(fc.integer({ min: 2, max: 9 }), { nil: undefined }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'unclip' as const }) },
);
type Op = { kind: 'write'; x: number; y: number; text: string; transformers: number[] } | { kind: 'clip'; x1?: number; x2?: number; y1?: number; y2?: number } | { kind: 'unclip' };
const frame = fc.record({ width: fc.integer({ min: 1, max: 30 }), height: fc.integer({ min: 1, max: 8 }), ops: fc.array(op, { maxLength: 12 }) });

function draw(ink: Ink, f: { width: number; height: number; ops: Op[] }): { output: string; height: number } {
  const out = new ink.Output({ width: f.width, height: f.height });
  let open = 0;
  for (const o of f.ops) {
    if (o.kind === 'write') out.write(o.x, o.y, o.text, { transformers: o.transformers.map((i) => TRANSFORMERS[i]!) });
    else if (o.kind === 'clip') {
      out.clip({ x1: o.x1, x2: o.x2, y1: o.y1, y2: o.y2 });
      open++;
    } else if (open > 0) {
      out.unclip();
      open--;
    }
  }
  return out.get();
}

describe('patched Ink output', () => {
  it('draws every frame of a sequence exactly as Ink does', () => {
    fc.assert(
      fc.property(fc.array(frame, { minLength: 1, maxLength: 4 }), (frames) => {
        // Repeat the sequence: the second pass finds every line in the patched caches.
        for (const f of [...frames, ...frames]) expect(draw(patched, f)).toEqual(draw(original, f));
      }),
      { numRuns: 400 },
    );
  });

  it('redraws the same text under changing clips and positions, as Ink does', () => {
    const clip = fc.record({ x1: fc.integer({ min: 0, max: 8 }), x2: fc.integer({ min: 2, max: 20 }), y1: fc.integer({ min: 0, max: 2 }), y2: fc.integer({ min: 1, max: 6 }) });
    fc.assert(
      fc.property(text, fc.array(fc.tuple(clip, fc.integer({ min: -2, max: 6 })), { minLength: 2, maxLength: 6 }), (t, views) => {
        for (const [c, x] of views) {
          const f = { width: 20, height: 6, ops: [{ kind: 'clip', ...c } as Op, { kind: 'write', x, y: 1, text: t, transformers: [] } as Op, { kind: 'unclip' } as Op] };
          expect(draw(patched, f)).toEqual(draw(original, f));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('turns styled characters back into the same string as Ink', () => {
    fc.assert(
      fc.property(text, (t) => {
        const chars = original.styledCharsFromTokens(original.tokenize(t));
        expect(patched.styledCharsToString(chars)).toBe(original.styledCharsToString(chars));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('patched incremental rendering', () => {
  // The frames Ink writes: up to 12 lines from a small pool (so lines repeat and stay unchanged
  // between frames), ending with a newline (shorter than the terminal, like the App) or not.
  const line = fc.constantFrom('', 'lakeflow-lab › Practice', '› ○ Task 1', '  ○ Task 2', '\u001B[36m› Start\u001B[39m', 'x'.repeat(30), '│ a │');
  const frameText = fc
    .tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean())
    .map(([lines, newline]) => lines.join('\n') + (newline ? '\n' : ''));

  function screens(ink: Ink, frames: string[], incremental: boolean): string[] {
    const screen = new VirtualScreen(40, 30);
    // A terminal's tty layer turns each LF into CR LF (ONLCR) on the way to the screen.
    const render = ink.logUpdate.create({ write: (s: string) => (screen.write(s.replace(/\n/g, '\r\n')), true) }, { incremental });
    return frames.map((f) => {
      render(f);
      return screen.text();
    });
  }

  it('leaves the same screen as a full redraw after every frame', () => {
    fc.assert(
      fc.property(fc.array(frameText, { minLength: 1, maxLength: 8 }), fc.boolean(), (frames, newline) => {
        // One Ink instance writes frames of one kind: all with the trailing newline, or none.
        const same = frames.map((f) => (newline ? (f.endsWith('\n') ? f : `${f}\n`) : f.replace(/\n$/, '')));
        expect(screens(patched, same, true)).toEqual(screens(original, same, false));
      }),
      { numRuns: 1000 },
    );
  });
});
