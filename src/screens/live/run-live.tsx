// Entry of `report --live`: the live view full screen on the alternate screen, until q or Ctrl+C.
import { render } from 'ink';
import { engineJudge } from '../../drill/judge';
import { LAB08 } from '../../lessons/lab08';
import { asciiOutput, createTheme, resolveNoColor, ThemeContext } from '../theme';
import { LiveView } from './LiveView';

export interface RunLiveOptions {
  dir: string;
  anonymous: boolean;
  stuckMinutes: number;
  outDir: string;
  noColor?: boolean;
  /** The `ascii` setting. */
  ascii?: boolean;
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';

export async function runLive(options: RunLiveOptions): Promise<number> {
  const stdout = process.stdout;
  const ascii = options.ascii === true;
  const theme = createTheme({ noColor: resolveNoColor(options.noColor), ascii });
  const restoreWrite = ascii ? asciiOutput(stdout, () => true) : () => undefined;
  const leave = () => stdout.write(LEAVE_ALT);
  stdout.write(ENTER_ALT);
  process.once('exit', leave);
  const instance = render(
    <ThemeContext.Provider value={theme}>
      <LiveView
        dir={options.dir}
        lab={LAB08}
        judge={engineJudge(LAB08.practice.tasks)}
        anonymous={options.anonymous}
        stuckMinutes={options.stuckMinutes}
        outDir={options.outDir}
      />
    </ThemeContext.Provider>,
    // Ctrl+C arrives as a key (raw mode) and is handled by the view, from the key table.
    { exitOnCtrlC: false, patchConsole: false, maxFps: 30 },
  );
  try {
    await instance.waitUntilExit();
    return 0;
  } catch (error) {
    process.stderr.write(`lakeflow-lab: the live view stopped on an error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    process.off('exit', leave);
    leave();
    restoreWrite();
  }
}
