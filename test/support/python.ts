// Runs notebook cells under the real CPython, the reference every verdict is compared with.
import { spawnSync } from 'node:child_process';

export const FIXED_NOW = new Date(2026, 10, 23, 9, 30, 15, 123);

const HARNESS = String.raw`
import sys, io, json, types, datetime as _real

# A pinned clock that still moves: each call is one microsecond after the previous one, as two
# calls to the real clock are in practice, and as the engine's datetime.now() is.
_calls = [0]

class _FixedDateTime(_real.datetime):
    @classmethod
    def now(cls, tz=None):
        t = _real.datetime(2026, 11, 23, 9, 30, 15, 123000) + _real.timedelta(microseconds=_calls[0])
        _calls[0] += 1
        return t

_fake = types.ModuleType('datetime')
for _name in dir(_real):
    if not _name.startswith('__'):
        setattr(_fake, _name, getattr(_real, _name))
_fake.datetime = _FixedDateTime
sys.modules['datetime'] = _fake
sys.set_int_max_str_digits(4300)

cases = json.load(sys.stdin)
results = []
real_stdout = sys.stdout
for cells in cases:
    buf = io.StringIO()
    sys.stdout = buf
    err = None
    g = {'__name__': '__main__', '__builtins__': __builtins__}
    _calls[0] = 0
    for index, src in enumerate(cells):
        try:
            code = compile(src, '<cell>', 'exec')
            exec(code, g)
        except SyntaxError as e:
            err = {'type': type(e).__name__, 'message': e.msg, 'cell': index, 'line': e.lineno}
            break
        except BaseException as e:
            tb = e.__traceback__
            line = None
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == '<cell>':
                    line = tb.tb_lineno
                tb = tb.tb_next
            err = {'type': type(e).__name__, 'message': str(e), 'cell': index, 'line': line}
            break
    sys.stdout = real_stdout
    text = buf.getvalue()
    lines = text.split('\n')
    if lines and lines[-1] == '':
        lines.pop()
    results.append({'output': lines, 'error': err})
json.dump(results, sys.stdout)
`;

export interface PythonResult {
  output: string[];
  error: { type: string; message: string; cell: number; line: number | null } | null;
}

export function havePython(): boolean {
  const probe = spawnSync('python3', ['-c', 'import sys; print(sys.version_info[:2] >= (3, 11))'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim() === 'True';
}

/** Runs every case (a list of cells) in one python3 process: starting CPython per case would be slow. */
export function runPython(cases: string[][]): PythonResult[] {
  const run = spawnSync('python3', ['-X', 'utf8', '-c', HARNESS], {
    input: JSON.stringify(cases),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
  });
  if (run.status !== 0) throw new Error(`python3 harness failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as PythonResult[];
}
