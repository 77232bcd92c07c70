// esbuild plugins that take work off the start-up path. Each one was measured; the figures are in
// README.md "Performance" and the reasons next to each plugin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { patchInkOutput, patchLogUpdate, patchStyledChars } from './ink-output.mjs';

const stubs = fileURLToPath(new URL('../stubs/', import.meta.url));
export const FAST_TEXT = `${stubs}fast-text.js`;

/**
 * yoga-layout's Emscripten loader fetches its inlined WASM through `fetch()` on a data: URL when
 * `fetch` exists, which makes Node load undici and http/tls/zlib/crypto (~40 ms). Its fallback
 * decodes the same base64 synchronously. Only this file is changed: the app itself never fetches.
 */
export const yogaWithoutFetch = {
  name: 'yoga-without-fetch',
  setup(build) {
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const patched = source.replace(/typeof fetch/g, '"undefined"');
      if (patched === source) {
        return { warnings: [{ text: 'yoga-layout no longer tests `typeof fetch`: start-up may load undici again' }], contents: source, loader: 'js' };
      }
      return { contents: patched, loader: 'js' };
    });
  },
};

const RGI_EMOJI = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
// Built on first use: creating this regex (a Unicode property of strings) costs ~20 ms, and
// string-width 8 creates it when it loads, before the first frame. It is only ever `.test()`ed.
const RGI_EMOJI_LAZY =
  'let rgiEmojiRegexBuilt;\n' +
  "const rgiEmojiRegex = { test: (text) => (rgiEmojiRegexBuilt ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text) };";

/**
 * Every `string-width` (Ink uses 8.x, wrap-ansi 7.x) is wrapped with the fast path of
 * stubs/fast-text.js; each wrapper keeps its own real version for everything else. The real
 * version's emoji regex is made lazy (above).
 */
export const fastStringWidth = {
  name: 'fast-string-width',
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, async (args) => {
      if (args.pluginData?.real) return undefined;
      const real = await build.resolve('string-width', {
        resolveDir: args.resolveDir,
        kind: args.kind,
        importer: args.importer,
        pluginData: { real: true },
      });
      if (real.errors.length > 0) return { errors: real.errors };
      return { path: real.path, namespace: 'fast-string-width' };
    });
    build.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/, namespace: 'file' }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('rgiEmojiRegex')) return undefined;
      if (source.split(RGI_EMOJI).length !== 2) {
        return { warnings: [{ text: 'string-width changed: its emoji regex is built at start-up again (~20 ms)' }] };
      }
      return { contents: source.replace(RGI_EMOJI, () => RGI_EMOJI_LAZY), loader: 'js' };
    });
    build.onLoad({ filter: /.*/, namespace: 'fast-string-width' }, (args) => ({
      contents:
        `import real from ${JSON.stringify(args.path)};\n` +
        `import { fastStringWidth } from ${JSON.stringify(FAST_TEXT)};\n` +
        'export default fastStringWidth(real);\n',
      loader: 'js',
      resolveDir: stubs,
    }));
  },
};


/** Ink's output stage without its per-cell allocations, and its incremental renderer fixed (see ink-output.mjs). */
export const fastInkOutput = {
  name: 'fast-ink-output',
  setup(build) {
    build.onLoad({ filter: /ink[\\/]build[\\/]output\.js$/ }, (args) => ({
      contents: patchInkOutput(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
    build.onLoad({ filter: /ink[\\/]build[\\/]log-update\.js$/ }, (args) => ({
      contents: patchLogUpdate(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
    build.onLoad({ filter: /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/ }, (args) => ({
      contents: patchStyledChars(readFileSync(args.path, 'utf8')),
      loader: 'js',
    }));
  },
};
