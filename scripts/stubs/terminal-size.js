// Stands in for the `terminal-size` package inside the bundle. Ink asks it for a width only when
// stdout has none (output piped), which the TUI never allows (it requires a terminal); the real
// package imports node:child_process at load time (~10 ms of start-up) to run `tput`/`resize`.
// Same answer order as the package, minus the subprocesses.
export default function terminalSize() {
  const { stdout, stderr, env } = process;
  if (stdout?.columns && stdout?.rows) return { columns: stdout.columns, rows: stdout.rows };
  if (stderr?.columns && stderr?.rows) return { columns: stderr.columns, rows: stderr.rows };
  const columns = Number.parseInt(env.COLUMNS ?? '', 10);
  const rows = Number.parseInt(env.LINES ?? '', 10);
  if (columns > 0 && rows > 0) return { columns, rows };
  return { columns: 80, rows: 24 };
}
