// Public surface of the TUI for the CLI and for the pieces that plug screens in.

export { runTui, type RunTuiOptions } from './run';
export { App, EXIT, type AppProps } from './App';
export type { Screen, ScreenName, ScreenOf, Location, DocId, NavAction, NavState } from './nav';
export { navReducer, initNav, currentScreen } from './nav';
export { KEYS, matchKey, footerHints, keyLabel, type Command, type Scope, type KeySpec } from './keys';
export type { StorePort, ProgressSnapshot, TaskProgress, MemoryStore } from './store-port';
export { createMemoryStore } from './store-port';
export { registry, type Registry, type ScreenEntry, type ScreenProps } from './registry';
export { useTui, useProgress, useBodySize, useCaptureInput, type FeatureStatus } from './context';
export { createTheme, resolveNoColor, useTheme, ThemeContext, type Theme, type Role } from './theme';
export { Scrollable, SCROLLBAR_WIDTH } from './components/Scrollable';
export { Markdown, useLayout, layoutBlocks } from './markdown';
export type { CheckpointContext, WorkshopStepScreenProps } from './workshop/WorkshopStepScreen';
