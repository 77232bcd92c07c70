// What every screen can reach without prop drilling. Split in two contexts on purpose: the
// app context never changes after start-up, the body size changes on resize, so a resize does
// not re-render components that only need the lab. Progress has its own context (session.ts).

import { createContext, useContext } from 'react';
import type { Lab } from '../lessons/types';
import type { NavAction } from './nav';
import { useTerminalSize } from './terminal';

export type StatusTone = 'info' | 'success' | 'error';

export interface TuiContextValue {
  lab: Lab;
  navigate: (action: NavAction) => void;
  /** A one-line message under the screen until the next key (undefined clears it). */
  setStatus: (message: string | undefined, tone?: StatusTone) => void;
}

export const TuiContext = createContext<TuiContextValue | undefined>(undefined);

export function useTui(): TuiContextValue {
  const value = useContext(TuiContext);
  if (!value) throw new Error('useTui() outside <App>: wrap the screen in TuiContext.Provider');
  return value;
}

export interface BodySize {
  /** Columns the screen may use. */
  width: number;
  /** Rows the screen may use (the terminal minus header, status and footer). */
  height: number;
}

export const BodySizeContext = createContext<BodySize | undefined>(undefined);

/** The screen's drawable area; outside the App, the whole terminal. */
export function useBodySize(): BodySize {
  const fromApp = useContext(BodySizeContext);
  const terminal = useTerminalSize(fromApp === undefined);
  return fromApp ?? { width: terminal.columns, height: Math.max(1, terminal.rows - 1) };
}
