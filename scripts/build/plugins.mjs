// esbuild plugin that takes work off the start-up path (measured: README.md "Performance").
// Changes to the text of dependencies are not made here but in patches/ (patch-package, applied to
// node_modules at install), so that the tests run the same code the bundle ships.
import { fileURLToPath } from 'node:url';

const stubs = fileURLToPath(new URL('../stubs/', import.meta.url));
export const FAST_TEXT = `${stubs}fast-text.js`;

/**
 * Every `string-width` (Ink uses 8.x, wrap-ansi 7.x) is wrapped with the fast path of
 * stubs/fast-text.js; each wrapper keeps its own real version for everything else.
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

/** signal-exit's `require('assert')` gets stubs/signal-exit-assert.js (why: that file). */
export const signalExitAssert = {
  name: 'signal-exit-assert',
  setup(build) {
    build.onResolve({ filter: /^assert$/ }, (args) =>
      /[\\/]signal-exit[\\/]/.test(args.importer) ? { path: `${stubs}signal-exit-assert.js` } : undefined,
    );
  },
};
