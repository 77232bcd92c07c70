// Screens bound to the learner's real progress: the registry entries that need more than the narrow
// StorePort (the workshop builder's saved entries, and later the practice answers) get them here,
// so App and the registry stay ignorant of where progress lives. Their code is in
// connected-screens.tsx, loaded with the first of them (lazy.tsx), not at start-up.
import { drillSettings, type DrillSettings } from '../drill/settings';
import type { ProgressStore } from '../progress/index';
import type { BoundScreens } from './connected-screens';
import { drillPortFor, type DrillEnv } from './drill/env';
import { lazyScreen } from './lazy';
import { registry, type Registry } from './registry';

/**
 * `drill`: the settings of `lakeflow-lab drill …`; without them (Home → Drill) each drill opens
 * with the defaults and a new seed, results in `<data folder>/drills`.
 */
export function connectedScreens(progress: ProgressStore, options: { drill?: DrillSettings } = {}): Partial<Registry> {
  let bound: Promise<BoundScreens> | undefined;
  const load = (): Promise<BoundScreens> => (bound ??= import('./connected-screens').then((m) => m.bindScreens(progress)));
  return {
    practice: { ...registry.practice, component: lazyScreen(() => load().then((s) => s.practice)) },
    workshop: { ...registry.workshop, component: lazyScreen(() => load().then((s) => s.workshop)), omit: [] },
    drill: { ...registry.drill, component: lazyScreen(() => import('./drill/entry').then((m) => m.drillComponent(drillEnv(progress, options.drill)))) },
  };
}

function drillEnv(progress: ProgressStore, fixed: DrillSettings | undefined): DrillEnv {
  const settings = (): DrillSettings => {
    if (fixed) return fixed;
    const parsed = drillSettings({}, { dataDir: progress.dir });
    // No options cannot be wrong; the guard is for the type.
    if (!parsed.ok) throw new Error(parsed.message);
    return parsed.settings;
  };
  return { settings, port: drillPortFor(progress) };
}
