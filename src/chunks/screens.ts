// Bundling, not behaviour (scripts/build/chunks.mjs): the build imports this module first in each
// screen loaded on demand (screens/registry.ts), so the modules Home's first frame needs are, for
// esbuild, used by the same entry points and share one chunk instead of a dozen small ones. They
// are loaded before any of those screens anyway.
import '../screens/run';
// src/cli/app.ts closes the SQL tables on exit; the SQL screens open them.
import '../screens/sql/open-tables';
// src/cli/app.ts sets V8's young-generation flag before the first render.
import '../cli/young-generation';
