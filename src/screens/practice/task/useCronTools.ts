// Loads the CRON libraries when a task needs them, and only then: app start-up never pays for
// cron-parser and cronstrue (see loadCronTools).

import { useEffect, useState } from 'react';
import { cronToolsIfLoaded, loadCronTools, type CronTools } from '../../../practice/cron';

/** undefined while loading (or not wanted), null if loading failed. */
export function useCronTools(wanted: boolean): CronTools | undefined | null {
  const [tools, setTools] = useState<CronTools | undefined | null>(() => (wanted ? cronToolsIfLoaded() : undefined));
  useEffect(() => {
    if (!wanted || tools || cronToolsIfLoaded()) return undefined;
    let live = true;
    loadCronTools().then(
      (t) => live && setTools(t),
      () => live && setTools(null),
    );
    return () => {
      live = false;
    };
  }, [wanted, tools]);
  // Loaded already (an earlier visit, another blank): the first frame that wants them has them,
  // instead of a "loading" frame that a later key could see and an earlier one not.
  return wanted ? (tools === undefined ? cronToolsIfLoaded() : tools) : undefined;
}
