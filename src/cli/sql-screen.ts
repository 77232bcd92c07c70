// `lakeflow-lab sql` on a terminal with no query: the TUI opened on the SQL screen (editor,
// history, scrolling result table, the tables and their columns; src/screens/sql). Loaded only
// in that case; Esc from the screen leads to Home like every other command's first screen.

export interface SqlScreenOptions {
  seed: number;
  color: boolean;
}

export async function openSqlScreen(options: SqlScreenOptions): Promise<number> {
  const { openTui } = await import('./app');
  return openTui({ name: 'sql', seed: options.seed }, { color: options.color });
}
