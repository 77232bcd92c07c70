// Runs cell lists through the real CPython (one subprocess for a whole batch) so tests can
// compare the interpreter with it. Cells run in a fresh globals dict per case, with a
// `datetime` module whose now() starts at a fixed instant and advances 1 µs per call, the
// same rule the interpreter follows.

import { spawnSync } from 'node:child_process';

export interface CPythonResult {
  output: string[];
  errorType: string | null;
  message: string | null;
  line: number | null;
  cell: number | null;
}

const HARNESS = String.raw`
import sys, io, json, types, signal, traceback
import datetime as _dt

data = json.loads(sys.stdin.read())
fixed = data['now']

class _State:
    calls = 0

def _now():
    r = _dt.datetime(*fixed) + _dt.timedelta(microseconds=_State.calls)
    _State.calls += 1
    return r

class datetime(_dt.datetime):
    def __new__(cls, *a, **k):
        return _dt.datetime(*a, **k)
    @classmethod
    def now(cls, tz=None):
        if tz is not None:
            raise NotImplementedError('tz')
        return _now()
    @classmethod
    def today(cls):
        return _now()
    @classmethod
    def utcnow(cls):
        # the same fixed clock, read in UTC
        return _dt.datetime.fromtimestamp(_now().timestamp(), _dt.timezone.utc).replace(tzinfo=None)
datetime.__module__ = 'datetime'

class date(_dt.date):
    def __new__(cls, *a, **k):
        return _dt.date(*a, **k)
    @classmethod
    def today(cls):
        return _now().date()
date.__module__ = 'datetime'

mod = types.ModuleType('datetime')
mod.datetime = datetime
mod.date = date
mod.MINYEAR = 1
mod.MAXYEAR = 9999
mod.timedelta = _dt.timedelta
mod.timezone = _dt.timezone
mod.time = _dt.time
mod.tzinfo = _dt.tzinfo
sys.modules['datetime'] = mod

class _Timeout(Exception):
    pass

def _alarm(signum, frame):
    raise _Timeout()

signal.signal(signal.SIGALRM, _alarm)

results = []
real_stdout = sys.stdout
for cells in data['cases']:
    _State.calls = 0
    g = {'__name__': '__main__'}
    buf = io.StringIO()
    res = {'errorType': None, 'message': None, 'line': None, 'cell': None}
    sys.stdout = buf
    try:
        signal.setitimer(signal.ITIMER_REAL, 2.0)
        for i, src in enumerate(cells):
            res['cell'] = i
            try:
                code = compile(src, '<cell>', 'exec')
                exec(code, g)
            except _Timeout:
                raise
            except SyntaxError as e:
                # a SyntaxError raised by the code itself may carry any msg; show it as printed
                msg = e.msg if isinstance(e.msg, str) else str(e)
                res.update(errorType=type(e).__name__, message=msg, line=e.lineno)
                break
            except BaseException as e:
                line = None
                tb = e.__traceback__
                while tb is not None:
                    if tb.tb_frame.f_code.co_filename == '<cell>':
                        line = tb.tb_lineno
                    tb = tb.tb_next
                res.update(errorType=type(e).__name__, message=str(e), line=line)
                break
        else:
            res['cell'] = None
    except _Timeout:
        res.update(errorType='HarnessTimeout', message='', line=None)
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        sys.stdout = real_stdout
    text = buf.getvalue()
    out = text.split('\n')
    if out and out[-1] == '':
        out.pop()
    res['output'] = out if text else []
    results.append(res)

real_stdout.write(json.dumps(results))
`;

export interface PythonInfo {
  available: boolean;
  reason: string;
}

let cachedInfo: PythonInfo | null = null;

/** Whether a CPython 3.11 is on PATH (message texts differ between versions). */
export function pythonInfo(): PythonInfo {
  if (cachedInfo) return cachedInfo;
  const r = spawnSync('python3', ['-c', 'import sys; print("%d.%d" % sys.version_info[:2])'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) cachedInfo = { available: false, reason: 'python3 is not on PATH' };
  else if (r.stdout.trim() !== '3.11') cachedInfo = { available: false, reason: `python3 is ${r.stdout.trim()}, not 3.11` };
  else cachedInfo = { available: true, reason: '' };
  return cachedInfo;
}

/** The fixed instant as CPython datetime fields, from a Date read as local time. */
export function nowFields(d: Date): number[] {
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds() * 1000];
}

export function runCPython(cases: string[][], now: Date): CPythonResult[] {
  const input = JSON.stringify({ cases, now: nowFields(now) });
  const r = spawnSync('python3', ['-c', HARNESS], {
    input,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONHASHSEED: '0' },
  });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`python3 harness failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as CPythonResult[];
}
