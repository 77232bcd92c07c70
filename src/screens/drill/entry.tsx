// The drill screen bound to an environment (settings, progress, files). Loaded on first use
// (connected.tsx wraps it in lazyScreen), like the drill screen itself.
import type { ReactElement } from 'react';
import type { ScreenOf } from '../nav';
import type { ScreenProps } from '../registry';
import { DrillScreen } from './DrillScreen';
import { DrillEnvContext, type DrillEnv } from './env';

export function drillComponent(env: DrillEnv): (props: ScreenProps<ScreenOf<'drill'>>) => ReactElement {
  return function ConnectedDrill(props) {
    return (
      <DrillEnvContext.Provider value={env}>
        <DrillScreen {...props} />
      </DrillEnvContext.Provider>
    );
  };
}
