// A screen whose keys change from one moment to the next (the review: start, answer, rate…)
// tells the App which key scopes to show in the footer right now. The hints still come from the
// key table; only the choice of scopes moves from the registry (fixed per screen) to the screen.

import { createContext, useContext, useLayoutEffect, useMemo } from 'react';
import type { Command, Scope } from './keys';

export interface FooterSpec {
  scopes: readonly Scope[];
  omit?: readonly Command[];
}

export type SetFooter = (spec: FooterSpec | undefined) => void;

export const FooterContext = createContext<SetFooter | undefined>(undefined);

/**
 * While `active`, the footer shows `spec` instead of the registry's scopes; the override ends
 * when the screen goes inactive (an overlay, another screen) or unmounts.
 */
export function useFooter(spec: FooterSpec, active: boolean): void {
  const set = useContext(FooterContext);
  // Callers build a new object each render: compare by content, not identity.
  const key = `${spec.scopes.join(',')}|${(spec.omit ?? []).join(',')}`;
  const stable = useMemo(() => spec, [key]);
  useLayoutEffect(() => {
    if (!set || !active) return undefined;
    set(stable);
    return () => set(undefined);
  }, [set, active, stable]);
}
