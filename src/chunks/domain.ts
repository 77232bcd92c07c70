// Bundling, not behaviour (scripts/build/chunks.mjs): esbuild makes one chunk per set of entry
// points that use a module, so the modules below, used by the app and by most commands in
// different combinations, landed in fifteen small files that Node's ESM loader read one by one
// before Home's first frame. The build imports this module first in every entry point except
// `check`, so they share the same set and a chunk or two. Home's start needs all of them anyway.
import '../jobs/graph';
import '../jobs/reference';
import '../jobs/triggers';
import '../jobs/validate';
import '../lessons/lab08';
import '../lessons/sql-lab-outline';
import '../progress/index';
import '../progress/format';
import '../review/settings';
import '../settings/store';
import '../settings/effective';
import '../sql/types';
import '../text/width';
import '../workshop/checks';
import '../workshop/done';
import '../workshop/state';
