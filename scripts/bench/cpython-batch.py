"""The bench's reference for `check --batch`: CPython judging the same answer sets in one process.

Reads a JSON array of [todo_cell, verification_cell] pairs (scripts/bench/fixtures.mjs writes it
from the same answer sets `check --batch` gets) and, per set, compiles and execs both cells in a
fresh namespace with print captured, as a notebook would run them; writes one JSON line per set
(outcome and message), as `check --batch` does. Started by scripts/bench/measure.mjs, timed end to end.
"""
import contextlib
import io
import json
import sys


def judge(cells):
    namespace = {"__name__": "__main__"}
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            for index, cell in enumerate(cells):
                exec(compile(cell, f"<cell {index}>", "exec"), namespace)
    except AssertionError as error:
        return {"outcome": "failed", "message": str(error), "output": out.getvalue().splitlines()}
    except Exception as error:  # noqa: BLE001 - every error is a verdict, as in the app
        return {"outcome": "error", "errorType": type(error).__name__, "message": str(error), "output": out.getvalue().splitlines()}
    lines = out.getvalue().splitlines()
    return {"outcome": "passed", "message": lines[0] if lines else "", "output": lines}


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        sets = json.load(f)
    write = sys.stdout.write
    for cells in sets:
        write(json.dumps(judge(cells), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
