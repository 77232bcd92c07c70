# Records CPython 3.11's behaviour for snippet groups into a TS module of golden cases.
import sys, json, io, types, datetime as _dt
groups = json.load(open(sys.argv[1]))
fixed = [2026, 11, 23, 22, 30, 59, 123000]
class _S: calls = 0
def _now():
    r = _dt.datetime(*fixed) + _dt.timedelta(microseconds=_S.calls); _S.calls += 1; return r
class datetime(_dt.datetime):
    def __new__(cls, *a, **k): return _dt.datetime(*a, **k)
    @classmethod
    def now(cls, tz=None): return _now()
    @classmethod
    def today(cls): return _now()
datetime.__module__ = 'datetime'
class date(_dt.date):
    def __new__(cls, *a, **k): return _dt.date(*a, **k)
    @classmethod
    def today(cls): return _now().date()
date.__module__ = 'datetime'
mod = types.ModuleType('datetime'); mod.datetime = datetime; mod.date = date; mod.MINYEAR = 1; mod.MAXYEAR = 9999
sys.modules['datetime'] = mod
out = {}
for name, snippets in groups.items():
    res = []
    for src in snippets:
        cells = src if isinstance(src, list) else [src]
        _S.calls = 0
        g = {'__name__': '__main__'}
        buf = io.StringIO(); old = sys.stdout; sys.stdout = buf; err = None
        try:
            for i, c in enumerate(cells):
                try:
                    exec(compile(c, '<cell>', 'exec'), g)
                except SyntaxError as e:
                    err = [type(e).__name__, e.msg, e.lineno]; break
                except BaseException as e:
                    line = None
                    tb = e.__traceback__
                    while tb is not None:
                        if tb.tb_frame.f_code.co_filename == '<cell>':
                            line = tb.tb_lineno
                        tb = tb.tb_next
                    err = [type(e).__name__, str(e), line]; break
        finally:
            sys.stdout = old
        text = buf.getvalue()
        lines = text.split('\n')
        if lines and lines[-1] == '': lines.pop()
        res.append({'cells': cells, 'output': lines if text else [], 'error': err})
    out[name] = res
print('// Recorded from CPython 3.11 by running each case with exec() in a fresh namespace.')
print('// Regenerate with the script described in README.md if the cases change.')
print()
print('export interface GoldenCase {\n  cells: string[];\n  output: string[];\n  /** [type, message, line] or null */\n  error: [string, string, number | null] | null;\n}')
print()
for name, res in out.items():
    print(f'export const {name}: GoldenCase[] = ' + json.dumps(res, ensure_ascii=False, indent=2) + ';')
    print()
