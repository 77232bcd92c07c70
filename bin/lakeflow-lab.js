#!/usr/bin/env node
// The installed entry point. It stays plain JS so it runs before any build output is trusted,
// and it turns on Node's compile cache (Node >= 22.1) before the bundle is parsed.
import module from 'node:module';
import v8 from 'node:v8';

// Memory: V8 doubles its young generation each time enough objects survive it, and loading the
// TUI's screens makes it grow from 2 to 16 MiB, most of which becomes resident. Growing by a
// factor of 1 keeps it at 2 MiB: peak RSS with all eight practice tasks opened 86 -> 78 MiB on
// Node 20, key latency unchanged (README "Performance"). V8 reads the factor each time it would
// grow the space, so setting it here, before the bundle loads, is early enough; newer V8 versions
// raise a value below 2 back to 2, where this changes nothing. `check --batch` sets it back.
v8.setFlagsFromString('--semi-space-growth-factor=1');

try {
  module.enableCompileCache?.();
} catch {
  // A cache that cannot be written only costs start-up time.
}

try {
  await import('../dist/cli.js');
} catch (error) {
  if (error && error.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/cli.js')) {
    process.stderr.write('lakeflow-lab: the app is not built yet. Run `npm ci` (or `npm run build`) first.\n');
    process.exit(2);
  }
  throw error;
}
