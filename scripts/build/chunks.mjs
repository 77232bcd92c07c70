// Chunk groups: which modules esbuild puts in one file (why: src/chunks/*.ts). esbuild has no
// manual chunks; with splitting, a chunk holds the modules used by exactly one set of entry points
// (the bin and every dynamic import target). Importing a group's module first in each entry point
// of a set gives the group's modules that same set, so they share a chunk.
//
// Every entry point of the build is listed below, with the groups imported first in it, or none:
// a new dynamic import fails the build with its name, so that nobody splits Home's start into
// more files without noticing (README "Performance", cold start).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const DOMAIN = 'src/chunks/domain.ts';
const SCREENS = 'src/chunks/screens.ts';
const BOTH = [DOMAIN, SCREENS];

/** Entry point, as esbuild's metafile names it (node_modules ones by their path inside it). */
export const ENTRY_GROUPS = {
  // Standalone. The bin is read by every command and `check` must load only what a verdict needs;
  // the others are small graphs of their own.
  'bin/cli.ts': [],
  'src/cli/check.ts': [],
  'src/cli/check-notebook.ts': [],
  'conf/dist/source/index.js': [],
  'ink/build/devtools.js': [],
  // The TUI and the screens it loads on demand.
  'src/cli/app.ts': BOTH,
  'src/screens/workshop/checkpoints/WorkshopStepWithCheckpoint.tsx': BOTH,
  'src/screens/practice/PracticeTaskScreen.tsx': BOTH,
  'src/screens/review/ReviewScreen.tsx': BOTH,
  'src/screens/sql/SqlScreen.tsx': BOTH,
  'src/screens/sql-lab/SqlExerciseScreen.tsx': BOTH,
  'src/screens/drill/DrillScreen.tsx': BOTH,
  'src/screens/settings/SettingsScreen.tsx': BOTH,
  'src/screens/live/run-live.tsx': BOTH,
  // Commands and the parts loaded when they are needed.
  'src/settings/startup.ts': [DOMAIN],
  'src/cli/review.ts': [DOMAIN],
  'src/cli/drill.ts': [DOMAIN],
  'src/cli/progress.ts': [DOMAIN],
  'src/cli/config.ts': [DOMAIN],
  'src/cli/export.ts': [DOMAIN],
  'src/cli/report.ts': [DOMAIN],
  'src/cli/sql.ts': [DOMAIN],
  'src/cli/sql-screen.ts': [DOMAIN],
  'src/sql/index.ts': [DOMAIN],
  'src/sql/learner.ts': [DOMAIN],
  'src/sql/render.ts': [DOMAIN],
  'src/review/index.ts': [DOMAIN],
  'src/review/catalog.ts': [DOMAIN],
  'src/review/cron.ts': [DOMAIN],
  'src/review/export.ts': [DOMAIN],
};

function groupsOf(root, path) {
  const rel = path.startsWith(root) ? path.slice(root.length).replace(/^\//, '') : path;
  return ENTRY_GROUPS[rel];
}

/** Imports each entry point's groups first (esbuild plugin). */
export function chunkGroups(root) {
  return {
    name: 'chunk-groups',
    setup(build) {
      build.onLoad({ filter: /\/(src|bin)\/.*\.tsx?$/ }, (args) => {
        const groups = groupsOf(root, args.path);
        if (!groups || groups.length === 0) return undefined;
        const imports = groups.map((g) => `import ${JSON.stringify(resolve(root, g))};\n`).join('');
        return { contents: imports + readFileSync(args.path, 'utf8'), loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
      });
    },
  };
}

/** The entry points of a build that ENTRY_GROUPS does not list (an empty list when all are). */
export function unlistedEntries(metafile) {
  const listed = (entry) => entry in ENTRY_GROUPS || Object.keys(ENTRY_GROUPS).some((k) => entry.endsWith(`node_modules/${k}`));
  return Object.values(metafile.outputs)
    .map((o) => o.entryPoint)
    .filter((e) => e !== undefined && !listed(e));
}
