#!/usr/bin/env node
// The installed entry point. It stays plain JS so it runs before any build output is trusted,
// and it turns on Node's compile cache (Node >= 22.1) before the bundle is parsed.
import module from 'node:module';

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
