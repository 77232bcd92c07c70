// Recorded from CPython 3.11 by running each case with exec() in a fresh namespace.
// Regenerate with the script described in README.md if the cases change.

export interface GoldenCase {
  cells: string[];
  output: string[];
  /** [type, message, line] or null */
  error: [string, string, number | null] | null;
}

export const SORTING: GoldenCase[] = [
  {
    "cells": [
      "print(sorted([3, 1, 2]), sorted(\"hello\"), sorted({3: 1, 1: 2}), sorted((3, 1)), sorted([3, 1], reverse=True), sorted([\"b\", \"A\", \"a\"], key=str.lower))"
    ],
    "output": [
      "[1, 2, 3] ['e', 'h', 'l', 'l', 'o'] [1, 3] [1, 3] [3, 1] ['A', 'a', 'b']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([[2], [1, 2], [1]]), sorted([(1, \"b\"), (1, \"a\")]), sorted([1.5, 1, True]), sorted([\"b\", \"a\", \"C\"]))"
    ],
    "output": [
      "[[1], [1, 2], [2]] [(1, 'a'), (1, 'b')] [1, True, 1.5] ['C', 'a', 'b']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([1, \"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([\"a\", 1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([3, 1, \"a\", 2]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([\"x\", \"y\", 1, 2]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([(1, \"a\"), (1, 2)]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([None, 1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'NoneType'",
      1
    ]
  },
  {
    "cells": [
      "x = [5, 3, \"a\", 1]\nx.sort()"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      2
    ]
  },
  {
    "cells": [
      "print(sorted(list(range(100)) + [\"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([\"a\"] + list(range(100))))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted(list(range(50)) + [\"a\"] + list(range(50))))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "x = list(range(64, 0, -1)) + [\"z\"]\nprint(sorted(x))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      2
    ]
  },
  {
    "cells": [
      "print(sorted([1] * 70 + [1.5, \"q\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'float'",
      1
    ]
  },
  {
    "cells": [
      "print(max([1, \"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'>' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "print(min([1, \"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'int'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([2, 1], key=len))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "object of type 'int' has no len()",
      1
    ]
  },
  {
    "cells": [
      "x = sorted([[3, 2], [1], [2, 2]], key=len, reverse=True)\nprint(x)"
    ],
    "output": [
      "[[3, 2], [2, 2], [1]]"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([0.5, float(\"nan\"), 0.1, 2]))"
    ],
    "output": [
      "[0.5, nan, 0.1, 2]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [(\"b\", 2), (\"a\", 2), (\"c\", 1)]\nx.sort(key=lambda p: p[1]) if False else x.sort()\nprint(x)"
    ],
    "output": [
      "[('a', 2), ('b', 2), ('c', 1)]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = list(range(200, 0, -7)) + list(range(3, 300, 11))\nx.sort()\nprint(x[:10], x[-3:], len(x))"
    ],
    "output": [
      "[3, 4, 11, 14, 18, 25, 25, 32, 36, 39] [267, 278, 289] 56"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [str(i) for i in range(120)]\nprint(sorted(x)[:12], sorted(x, reverse=True)[:3])"
    ],
    "output": [
      "['0', '1', '10', '100', '101', '102', '103', '104', '105', '106', '107', '108'] ['99', '98', '97']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([1, 2, 3], reverse=1), sorted([], reverse=True), sorted([5]), sorted(set([3, 1, 2])))"
    ],
    "output": [
      "[3, 2, 1] [] [5] [1, 2, 3]"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([\"banana\", \"Apple\", \"cherry\"], key=len), sorted([\"bb\", \"a\", \"ccc\"], key=len, reverse=True))"
    ],
    "output": [
      "['Apple', 'banana', 'cherry'] ['ccc', 'bb', 'a']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([\"build_fact_tables\", \"generate_report\", \"send_notification\"]) == sorted([\"send_notification\", \"build_fact_tables\", \"generate_report\"]))"
    ],
    "output": [
      "True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sorted([\"build_dim_tables\", 1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([[\"x\"], \"build_fact_tables\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'str' and 'list'",
      1
    ]
  },
  {
    "cells": [
      "print(sorted({\"b\": 1, \"a\": 2}.items()))"
    ],
    "output": [
      "[('a', 2), ('b', 1)]"
    ],
    "error": null
  }
];

export const DATETIME: GoldenCase[] = [
  {
    "cells": [
      "from datetime import datetime\nt = datetime.now()\nprint(t, repr(t), t.isoformat(), t.year, t.microsecond, t.strftime(\"%Y/%m/%d %H:%M\"))"
    ],
    "output": [
      "2026-11-23 22:30:59.123000 datetime.datetime(2026, 11, 23, 22, 30, 59, 123000) 2026-11-23T22:30:59.123000 2026 123000 2026/11/23 22:30"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\na = datetime.now().isoformat()\nb = datetime.now().isoformat()\nprint(a == b, a < b, a, b)"
    ],
    "output": [
      "False True 2026-11-23T22:30:59.123000 2026-11-23T22:30:59.123001"
    ],
    "error": null
  },
  {
    "cells": [
      "import datetime\nprint(datetime.datetime.now().isoformat(sep=\" \", timespec=\"seconds\"), datetime.date.today())"
    ],
    "output": [
      "2026-11-23 22:30:59 2026-11-23"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime as dt\nprint(dt(2026, 1, 2), dt(2026, 1, 2, 3, 4, 5), repr(dt(2026, 1, 2, 3, 4)), repr(dt(2026, 1, 2, 3, 4, 0, 7)))"
    ],
    "output": [
      "2026-01-02 00:00:00 2026-01-02 03:04:05 datetime.datetime(2026, 1, 2, 3, 4) datetime.datetime(2026, 1, 2, 3, 4, 0, 7)"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2026, 2, 30))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "day is out of range for month",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2026, 13, 1))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "month must be in 1..12",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2026, 1, 1, 24))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "hour must be in 0..23",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2026, 1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "function missing required argument 'day' (pos 3)",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nt = datetime(2024, 2, 29, 13, 5, 9, 120)\nprint(t.isoformat(), t.isoformat(timespec=\"milliseconds\"), t.isoformat(\"_\"), t.weekday(), t.isoweekday(), t.date(), t.strftime(\"%a %A %b %B %j %I %p %y %%\"))"
    ],
    "output": [
      "2024-02-29T13:05:09.000120 2024-02-29T13:05:09.000 2024-02-29_13:05:09.000120 3 4 2024-02-29 Thu Thursday Feb February 060 01 PM 24 %"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nt = datetime(2026, 1, 5)\nprint(t, t.isoformat(), f\"{t:%d.%m.%Y}\", t.replace(year=2027), t == datetime(2026, 1, 5), t < datetime(2026, 1, 6))"
    ],
    "output": [
      "2026-01-05 00:00:00 2026-01-05T00:00:00 05.01.2026 2027-01-05 00:00:00 True True"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprocessing_time = datetime.now().isoformat()\nprint(type(processing_time), len(processing_time), processing_time[:10])"
    ],
    "output": [
      "<class 'str'> 26 2026-11-23"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import date\nd = date(2026, 3, 1)\nprint(d, repr(d), d.isoformat(), d.year, d.weekday(), d.strftime(\"%Y\"))"
    ],
    "output": [
      "2026-03-01 datetime.date(2026, 3, 1) 2026-03-01 2026 6 2026"
    ],
    "error": null
  },
  {
    "cells": [
      "import datetime\nprint(datetime.MINYEAR, datetime.MAXYEAR, datetime.datetime(2026, 5, 17).day)"
    ],
    "output": [
      "1 9999 17"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime.fromisoformat(\"2026-11-23T22:30:59.123000\"), datetime.fromisoformat(\"2026-11-23\"))"
    ],
    "output": [
      "2026-11-23 22:30:59.123000 2026-11-23 00:00:00"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime.now().foo)"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "'datetime.datetime' object has no attribute 'foo'",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime.foo)"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "type object 'datetime' has no attribute 'foo'",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nx = datetime.now() < 5"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'<' not supported between instances of 'datetime.datetime' and 'int'",
      2
    ]
  },
  {
    "cells": [
      "from datetime import nope"
    ],
    "output": [],
    "error": [
      "ImportError",
      "cannot import name 'nope' from 'datetime' (unknown location)",
      1
    ]
  }
];

export const STATEMENTS: GoldenCase[] = [
  {
    "cells": [
      "x = 1, 2\na, b = x\nprint(a, b, x)"
    ],
    "output": [
      "1 2 (1, 2)"
    ],
    "error": null
  },
  {
    "cells": [
      "a, b = 1, 2, 3"
    ],
    "output": [],
    "error": [
      "ValueError",
      "too many values to unpack (expected 2)",
      1
    ]
  },
  {
    "cells": [
      "a, b, c = 1, 2"
    ],
    "output": [],
    "error": [
      "ValueError",
      "not enough values to unpack (expected 3, got 2)",
      1
    ]
  },
  {
    "cells": [
      "a, *b = 1, 2, 3\nprint(a, b)"
    ],
    "output": [
      "1 [2, 3]"
    ],
    "error": null
  },
  {
    "cells": [
      "a, b = 5"
    ],
    "output": [],
    "error": [
      "TypeError",
      "cannot unpack non-iterable int object",
      1
    ]
  },
  {
    "cells": [
      "a, *b, c = [1]"
    ],
    "output": [],
    "error": [
      "ValueError",
      "not enough values to unpack (expected at least 2, got 1)",
      1
    ]
  },
  {
    "cells": [
      "*a, b = \"xyz\"\nprint(a, b)"
    ],
    "output": [
      "['x', 'y'] z"
    ],
    "error": null
  },
  {
    "cells": [
      "[a, (b, c)] = 1, (2, 3)\nprint(a, b, c)"
    ],
    "output": [
      "1 2 3"
    ],
    "error": null
  },
  {
    "cells": [
      "a = b = [1]\nb.append(2)\nprint(a, a is b)"
    ],
    "output": [
      "[1, 2] True"
    ],
    "error": null
  },
  {
    "cells": [
      "d = {}\nd[\"a\"] = {}\nd[\"a\"][\"b\"] = 1\nprint(d)"
    ],
    "output": [
      "{'a': {'b': 1}}"
    ],
    "error": null
  },
  {
    "cells": [
      "del x"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3]\ndel x[0]\nprint(x)"
    ],
    "output": [
      "[2, 3]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = {\"a\": 1}\ndel x[\"a\"]\nprint(x)"
    ],
    "output": [
      "{}"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 1\ndel x\nprint(x)"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      3
    ]
  },
  {
    "cells": [
      "x = [1, 2]\nx += \"ab\"\nprint(x)"
    ],
    "output": [
      "[1, 2, 'a', 'b']"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [1]\nx += 5"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      2
    ]
  },
  {
    "cells": [
      "s = {1}\ns |= [2]"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for |=: 'set' and 'list'",
      2
    ]
  },
  {
    "cells": [
      "x = 1\nx += \"a\""
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for +=: 'int' and 'str'",
      2
    ]
  },
  {
    "cells": [
      "x = \"a\"\nx += 1"
    ],
    "output": [],
    "error": [
      "TypeError",
      "can only concatenate str (not \"int\") to str",
      2
    ]
  },
  {
    "cells": [
      "x = 5\nx -= 2\nx *= 3\nx //= 2\nx **= 2\nx %= 7\nprint(x)"
    ],
    "output": [
      "2"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [1]\ny = x\nx += [2]\nprint(y)"
    ],
    "output": [
      "[1, 2]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = (1,)\ny = x\nx += (2,)\nprint(y, x)"
    ],
    "output": [
      "(1,) (1, 2)"
    ],
    "error": null
  },
  {
    "cells": [
      "d = {\"n\": 1}\nd[\"n\"] += 1\nd[\"m\"] = d.get(\"m\", 0) + 5\nprint(d)"
    ],
    "output": [
      "{'n': 2, 'm': 5}"
    ],
    "error": null
  },
  {
    "cells": [
      "d = {}\nd[\"n\"] += 1"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'n'",
      2
    ]
  },
  {
    "cells": [
      "for i in range(3):\n    if i == 1:\n        continue\n    print(i)\nelse:\n    print(\"done\")"
    ],
    "output": [
      "0",
      "2",
      "done"
    ],
    "error": null
  },
  {
    "cells": [
      "i = 0\nwhile i < 3:\n    i += 1\n    if i == 2:\n        break\nelse:\n    print(\"no break\")\nprint(i)"
    ],
    "output": [
      "2"
    ],
    "error": null
  },
  {
    "cells": [
      "if 1 < 2 < 3:\n    print(\"yes\")\nelif 1:\n    print(\"no\")\nelse:\n    print(\"never\")"
    ],
    "output": [
      "yes"
    ],
    "error": null
  },
  {
    "cells": [
      "for k, v in {\"a\": 1, \"b\": 2}.items():\n    print(k, v)"
    ],
    "output": [
      "a 1",
      "b 2"
    ],
    "error": null
  },
  {
    "cells": [
      "for i, c in enumerate(\"ab\", 1):\n    print(i, c)"
    ],
    "output": [
      "1 a",
      "2 b"
    ],
    "error": null
  },
  {
    "cells": [
      "total = 0\nfor n in [1, 2, 3]:\n    total += n\nprint(total)"
    ],
    "output": [
      "6"
    ],
    "error": null
  },
  {
    "cells": [
      "for x in 5:\n    pass"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "for x, y in [1, 2]:\n    pass"
    ],
    "output": [],
    "error": [
      "TypeError",
      "cannot unpack non-iterable int object",
      1
    ]
  },
  {
    "cells": [
      "if x:\n    pass"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x: int = 5\nprint(x)"
    ],
    "output": [
      "5"
    ],
    "error": null
  },
  {
    "cells": [
      "x: int\nprint(x)"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      2
    ]
  },
  {
    "cells": [
      "x: undefined_type = 5"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'undefined_type' is not defined",
      1
    ]
  },
  {
    "cells": [
      "raise ValueError(\"bad value\")"
    ],
    "output": [],
    "error": [
      "ValueError",
      "bad value",
      1
    ]
  },
  {
    "cells": [
      "raise KeyError(\"k\")"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'k'",
      1
    ]
  },
  {
    "cells": [
      "raise TypeError"
    ],
    "output": [],
    "error": [
      "TypeError",
      "",
      1
    ]
  },
  {
    "cells": [
      "raise 5"
    ],
    "output": [],
    "error": [
      "TypeError",
      "exceptions must derive from BaseException",
      1
    ]
  },
  {
    "cells": [
      "raise"
    ],
    "output": [],
    "error": [
      "RuntimeError",
      "No active exception to reraise",
      1
    ]
  },
  {
    "cells": [
      "raise ValueError(\"a\", 1)"
    ],
    "output": [],
    "error": [
      "ValueError",
      "('a', 1)",
      1
    ]
  },
  {
    "cells": [
      "e = ValueError(\"x\")\nprint(e, repr(e), e.args)"
    ],
    "output": [
      "x ValueError('x') ('x',)"
    ],
    "error": null
  },
  {
    "cells": [
      "raise NameError(\"custom\") from None"
    ],
    "output": [],
    "error": [
      "NameError",
      "custom",
      1
    ]
  },
  {
    "cells": [
      "assert False"
    ],
    "output": [],
    "error": [
      "AssertionError",
      "",
      1
    ]
  },
  {
    "cells": [
      "assert 0, \"zero\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "zero",
      1
    ]
  },
  {
    "cells": [
      "assert [], [\"a\", 1]"
    ],
    "output": [],
    "error": [
      "AssertionError",
      "['a', 1]",
      1
    ]
  },
  {
    "cells": [
      "assert None, None"
    ],
    "output": [],
    "error": [
      "AssertionError",
      "None",
      1
    ]
  },
  {
    "cells": [
      "assert 1 == 1, 1/0\nprint(\"ok\")"
    ],
    "output": [
      "ok"
    ],
    "error": null
  },
  {
    "cells": [
      "assert (1, 2), \"tuple is true\"\nprint(\"ok\")"
    ],
    "output": [
      "ok"
    ],
    "error": null
  },
  {
    "cells": [
      "assert 1 == 2, f\"got {1!r}\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "got 1",
      1
    ]
  },
  {
    "cells": [
      "x = [y for y in range(3)]\nprint(y)"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'y' is not defined",
      2
    ]
  },
  {
    "cells": [
      "print([x for x in 5])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print((x for x in 5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print(sum(x for x in [1, \"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for +: 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "x = 10\ny = [x for x in range(3)]\nprint(x, y)"
    ],
    "output": [
      "10 [0, 1, 2]"
    ],
    "error": null
  },
  {
    "cells": [
      "print([(x, y) for x in \"ab\" for y in range(2) if y])"
    ],
    "output": [
      "[('a', 1), ('b', 1)]"
    ],
    "error": null
  },
  {
    "cells": [
      "print({k: v for k, v in zip(\"ab\", [1, 2])}, {c for c in \"aab\"} == {\"a\", \"b\"}, list(i * i for i in range(4)))"
    ],
    "output": [
      "{'a': 1, 'b': 2} True [0, 1, 4, 9]"
    ],
    "error": null
  },
  {
    "cells": [
      "g = (i for i in range(3))\nprint(next(g), list(g), list(g))"
    ],
    "output": [
      "0 [1, 2] []"
    ],
    "error": null
  },
  {
    "cells": [
      "print(any(print(i) or i > 1 for i in range(5)))"
    ],
    "output": [
      "0",
      "1",
      "2",
      "True"
    ],
    "error": null
  },
  {
    "cells": [
      "print((y := 5), y)"
    ],
    "output": [
      "5 5"
    ],
    "error": null
  },
  {
    "cells": [
      "print([z := 3, z])"
    ],
    "output": [
      "[3, 3]"
    ],
    "error": null
  },
  {
    "cells": [
      "global x\nx = 1\nprint(x)"
    ],
    "output": [
      "1"
    ],
    "error": null
  },
  {
    "cells": [
      "pass\nprint(\"after pass\")"
    ],
    "output": [
      "after pass"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 1; y = 2; print(x + y)"
    ],
    "output": [
      "3"
    ],
    "error": null
  },
  {
    "cells": [
      "if True: print(\"inline\")"
    ],
    "output": [
      "inline"
    ],
    "error": null
  },
  {
    "cells": [
      "x = (1 +\n     2)\nprint(x)"
    ],
    "output": [
      "3"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [\n  1,\n  2,\n]\nprint(x)"
    ],
    "output": [
      "[1, 2]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 1",
      "print(x + 1)"
    ],
    "output": [
      "2"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 1",
      "print(y)"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'y' is not defined",
      1
    ]
  },
  {
    "cells": [
      "print(\"first\")",
      "x = (",
      "print(\"never\")"
    ],
    "output": [
      "first"
    ],
    "error": [
      "SyntaxError",
      "'(' was never closed",
      1
    ]
  },
  {
    "cells": [
      "y = 2",
      "assert y == 3, \"nope\"",
      "print(\"never\")"
    ],
    "output": [],
    "error": [
      "AssertionError",
      "nope",
      1
    ]
  }
];

export const BUILTINS: GoldenCase[] = [
  {
    "cells": [
      "print(len({}), len([1, 2]), len(\"abc\"), len((1,)), len({1, 1}), len(range(10**3)), len(\"héllo😀\"))"
    ],
    "output": [
      "0 2 3 1 1 1000 6"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sum([0.1] * 10), sum([1, 2], 10), sum([[1], [2]], []), sum(range(101)), sum([True, True]))"
    ],
    "output": [
      "0.9999999999999999 13 [1, 2] 5050 2"
    ],
    "error": null
  },
  {
    "cells": [
      "print(abs(-5), abs(3.5), abs(-0.0), abs(True), round(-1.5), round(0.5), round(1.5), round(2.5, 1), round(-2.675, 2))"
    ],
    "output": [
      "5 3.5 0.0 1 -2 0 2 2.5 -2.67"
    ],
    "error": null
  },
  {
    "cells": [
      "print(max(3, 1, 2), max(\"apple\", \"pear\", key=len), min([3, 1, 2]), max([1, 1.0]), min(1.0, 1), max([[1], [0, 5]]))"
    ],
    "output": [
      "3 apple 1 1 1.0 [1]"
    ],
    "error": null
  },
  {
    "cells": [
      "print(chr(0x1F600), ord(\"A\"), hex(-255), bin(0), oct(-8), int(\"-0b101\", 0), int(\"  +7\\n\"), int(\"١٢٣\"))"
    ],
    "output": [
      "😀 65 -0xff 0b0 -0o10 -5 7 123"
    ],
    "error": null
  },
  {
    "cells": [
      "print(str(1), str(1.5), str(None), str(True), str([1, \"a\"]), str(\"x\"), repr(1.0), repr(None), repr([None]))"
    ],
    "output": [
      "1 1.5 None True [1, 'a'] x 1.0 None [None]"
    ],
    "error": null
  },
  {
    "cells": [
      "print(bool(\"\"), bool(\"0\"), bool(0.0), bool([0]), bool(None), bool(range(0)), bool({}), bool(-1))"
    ],
    "output": [
      "False True False True False False False True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(list(\"héllo😀\"), \"😀\"[0], \"a😀b\"[::-1], \"😀\".upper(), ascii(\"😀é\"), repr(\"😀\\u0301\"))"
    ],
    "output": [
      "['h', 'é', 'l', 'l', 'o', '😀'] 😀 b😀a 😀 '\\U0001f600\\xe9' '😀́'"
    ],
    "error": null
  },
  {
    "cells": [
      "print(isinstance(True, int), isinstance(1, (str, int)), isinstance(\"a\", str), type(True) == bool, type(1) is int, isinstance(None, type(None)))"
    ],
    "output": [
      "True True True True True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(int(\" 42 \"), int(\"0x1f\", 16), int(\"0x_1f\", 0), int(\"z\", 36), int(3.9), int(-3.9), float(\" 1_000.5 \"), float(\"-Infinity\"), float(\"nAn\"))"
    ],
    "output": [
      "42 31 31 35 3 -3 1000.5 -inf nan"
    ],
    "error": null
  },
  {
    "cells": [
      "print(int(\"x\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "invalid literal for int() with base 10: 'x'",
      1
    ]
  },
  {
    "cells": [
      "print(int(\"3.0\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "invalid literal for int() with base 10: '3.0'",
      1
    ]
  },
  {
    "cells": [
      "print(int(\"010\", 0))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "invalid literal for int() with base 0: '010'",
      1
    ]
  },
  {
    "cells": [
      "print(float(\"x\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "could not convert string to float: 'x'",
      1
    ]
  },
  {
    "cells": [
      "print(float(\"1__0\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "could not convert string to float: '1__0'",
      1
    ]
  },
  {
    "cells": [
      "print(float(\"\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "could not convert string to float: ''",
      1
    ]
  },
  {
    "cells": [
      "print(int(None))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
      1
    ]
  },
  {
    "cells": [
      "print(float(None))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "float() argument must be a string or a real number, not 'NoneType'",
      1
    ]
  },
  {
    "cells": [
      "print(int(float(\"inf\")))"
    ],
    "output": [],
    "error": [
      "OverflowError",
      "cannot convert float infinity to integer",
      1
    ]
  },
  {
    "cells": [
      "print(int(float(\"nan\")))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "cannot convert float NaN to integer",
      1
    ]
  },
  {
    "cells": [
      "print(int(\"10\", 1))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "int() base must be >= 2 and <= 36, or 0",
      1
    ]
  },
  {
    "cells": [
      "print(int(1.5, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "int() can't convert non-string with explicit base",
      1
    ]
  },
  {
    "cells": [
      "print(len())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "len() takes exactly one argument (0 given)",
      1
    ]
  },
  {
    "cells": [
      "print(len(1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "len() takes exactly one argument (2 given)",
      1
    ]
  },
  {
    "cells": [
      "print(len(x=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "len() takes no keyword arguments",
      1
    ]
  },
  {
    "cells": [
      "print(len(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "object of type 'int' has no len()",
      1
    ]
  },
  {
    "cells": [
      "print(str(1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "str() argument 'encoding' must be str, not int",
      1
    ]
  },
  {
    "cells": [
      "print(max([]))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "max() arg is an empty sequence",
      1
    ]
  },
  {
    "cells": [
      "print(max())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "max expected at least 1 argument, got 0",
      1
    ]
  },
  {
    "cells": [
      "print(min(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print(sum([\"a\", \"b\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for +: 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(sum([1, \"a\"]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for +: 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(abs(\"x\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "bad operand type for abs(): 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(round(\"x\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "type str doesn't define __round__ method",
      1
    ]
  },
  {
    "cells": [
      "print(sorted())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sorted expected 1 argument, got 0",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([1], [2]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sorted expected 1 argument, got 2",
      1
    ]
  },
  {
    "cells": [
      "print(sorted([1], foo=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'foo' is an invalid keyword argument for sort()",
      1
    ]
  },
  {
    "cells": [
      "print(range(1.5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'float' object cannot be interpreted as an integer",
      1
    ]
  },
  {
    "cells": [
      "print(range(1, 2, 0))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "range() arg 3 must not be zero",
      1
    ]
  },
  {
    "cells": [
      "print(range())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "range expected at least 1 argument, got 0",
      1
    ]
  },
  {
    "cells": [
      "print(list(1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "list expected at most 1 argument, got 2",
      1
    ]
  },
  {
    "cells": [
      "print(list(x=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "list() takes no keyword arguments",
      1
    ]
  },
  {
    "cells": [
      "print(dict(1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "dict expected at most 1 argument, got 2",
      1
    ]
  },
  {
    "cells": [
      "print(dict([1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "cannot convert dictionary update sequence element #0 to a sequence",
      1
    ]
  },
  {
    "cells": [
      "print(dict([(1, 2, 3)]))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "dictionary update sequence element #0 has length 3; 2 is required",
      1
    ]
  },
  {
    "cells": [
      "print(isinstance(1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "isinstance() arg 2 must be a type, a tuple of types, or a union",
      1
    ]
  },
  {
    "cells": [
      "print(enumerate(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print(zip(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print(reversed(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not reversible",
      1
    ]
  },
  {
    "cells": [
      "print(reversed({1}))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'set' object is not reversible",
      1
    ]
  },
  {
    "cells": [
      "print(sum([\"a\"], \"b\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sum() can't sum strings [use ''.join(seq) instead]",
      1
    ]
  },
  {
    "cells": [
      "print(max(1, 2, default=3))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "Cannot specify a default for max() with multiple positional arguments",
      1
    ]
  },
  {
    "cells": [
      "print(min([], default=7), max([3, 1], key=str))"
    ],
    "output": [
      "7 3"
    ],
    "error": null
  },
  {
    "cells": [
      "print(list(zip(\"ab\", [1, 2, 3])), list(enumerate(\"ab\", 1)), list(reversed([1, 2])), list(reversed(range(3))), list(reversed(\"ab\")))"
    ],
    "output": [
      "[('a', 1), ('b', 2)] [(1, 'a'), (2, 'b')] [2, 1] [2, 1, 0] ['b', 'a']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(list(map(str, [1, 2])), list(filter(None, [0, 1, 2])), list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 3)[-1])"
    ],
    "output": [
      "['1', '2'] [1, 2] [10, 7, 4, 1] range(1, 3) 9"
    ],
    "error": null
  },
  {
    "cells": [
      "print(dict(a=1, b=2), dict([(\"x\", 1)]), dict({\"k\": 1}, z=2), dict.fromkeys(\"ab\", 0), list({\"a\": 1}), tuple([1, 2]), set(\"aaa\"), frozenset([1, 2]))"
    ],
    "output": [
      "{'a': 1, 'b': 2} {'x': 1} {'k': 1, 'z': 2} {'a': 0, 'b': 0} ['a'] (1, 2) {'a'} frozenset({1, 2})"
    ],
    "error": null
  },
  {
    "cells": [
      "print(divmod(7, -2), divmod(7.5, 2), pow(2, 10, 7), pow(2, -1, 7), pow(2, -1), hex(255), oct(8), bin(5))"
    ],
    "output": [
      "(-4, -1) (3.0, 1.5) 2 4 0.5 0xff 0o10 0b101"
    ],
    "error": null
  },
  {
    "cells": [
      "print(hash(1), hash(1.5), hash(-1), hash((1, 2)), hash(True), hash(2**70))"
    ],
    "output": [
      "1 1152921504606846977 -2 -3550055125485641917 1 512"
    ],
    "error": null
  },
  {
    "cells": [
      "print(hash([1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unhashable type: 'list'",
      1
    ]
  },
  {
    "cells": [
      "print(any([]), all([]), any([0, \"\"]), all([1, \"x\"]), any(x > 1 for x in [1, 2]))"
    ],
    "output": [
      "False True False True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(callable(len), callable(5), getattr(5, \"real\"), hasattr(\"a\", \"upper\"), hasattr(1, \"nope\"))"
    ],
    "output": [
      "True False 5 True False"
    ],
    "error": null
  },
  {
    "cells": [
      "print(format(3.14159, \".3f\"), format(42), format(\"x\", \">3\"), repr(format))"
    ],
    "output": [
      "3.142 42   x <built-in function format>"
    ],
    "error": null
  },
  {
    "cells": [
      "print(type(print), type(len), type(int), type(None), type(type), type(range(1)))"
    ],
    "output": [
      "<class 'builtin_function_or_method'> <class 'builtin_function_or_method'> <class 'type'> <class 'NoneType'> <class 'type'> <class 'range'>"
    ],
    "error": null
  },
  {
    "cells": [
      "print(print)"
    ],
    "output": [
      "<built-in function print>"
    ],
    "error": null
  },
  {
    "cells": [
      "print(None.__class__)"
    ],
    "output": [
      "<class 'NoneType'>"
    ],
    "error": null
  },
  {
    "cells": [
      "print(NotADefinedName)"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'NotADefinedName' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = print\nx(\"via alias\")"
    ],
    "output": [
      "via alias"
    ],
    "error": null
  },
  {
    "cells": [
      "print(5())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not callable",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\"())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'str' object is not callable",
      1
    ]
  },
  {
    "cells": [
      "print(*[1, 2], sep=\"-\", end=\"!\\n\")"
    ],
    "output": [
      "1-2!"
    ],
    "error": null
  },
  {
    "cells": [
      "print(*5)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "print() argument after * must be an iterable, not int",
      1
    ]
  },
  {
    "cells": [
      "print(**5)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "print() argument after ** must be a mapping, not int",
      1
    ]
  },
  {
    "cells": [
      "print(sep=1)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sep must be None or a string, not int",
      1
    ]
  },
  {
    "cells": [
      "print(1, 2, sep=\"\")"
    ],
    "output": [
      "12"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"a\", end=\"\")\nprint(\"b\")"
    ],
    "output": [
      "ab"
    ],
    "error": null
  },
  {
    "cells": [
      "print()"
    ],
    "output": [
      ""
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"line1\\nline2\")"
    ],
    "output": [
      "line1",
      "line2"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"trailing\\n\")"
    ],
    "output": [
      "trailing",
      ""
    ],
    "error": null
  },
  {
    "cells": [
      "print(1, 2, 3, sep=None, end=None)"
    ],
    "output": [
      "1 2 3"
    ],
    "error": null
  },
  {
    "cells": [
      "print(x=1)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'x' is an invalid keyword argument for print()",
      1
    ]
  },
  {
    "cells": [
      "print(end=5)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "end must be None or a string, not int",
      1
    ]
  },
  {
    "cells": [
      "print(next(iter([7, 8])), next(iter([]), \"dflt\"))"
    ],
    "output": [
      "7 dflt"
    ],
    "error": null
  },
  {
    "cells": [
      "print(next(iter([])))"
    ],
    "output": [],
    "error": [
      "StopIteration",
      "",
      1
    ]
  },
  {
    "cells": [
      "print(slice(1, 2), [1, 2, 3][slice(1, None)], isinstance(1, object))"
    ],
    "output": [
      "slice(1, 2, None) [2, 3] True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(chr(-1))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "chr() arg not in range(0x110000)",
      1
    ]
  },
  {
    "cells": [
      "print(ord(\"ab\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "ord() expected a character, but string of length 2 found",
      1
    ]
  },
  {
    "cells": [
      "print(ord(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "ord() expected string of length 1, but int found",
      1
    ]
  },
  {
    "cells": [
      "print(\"two\" % [3], \"x\" % {\"a\": 1}, \"%s\" % [1, 2], \"%(a)s\" % {\"a\": 5}, \"%s and %s\" % (1, 2), \"%%\" % ())"
    ],
    "output": [
      "two x [1, 2] 5 1 and 2 %"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"two\" % 5)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "not all arguments converted during string formatting",
      1
    ]
  },
  {
    "cells": [
      "print(\"x\" % \"y\")"
    ],
    "output": [],
    "error": [
      "TypeError",
      "not all arguments converted during string formatting",
      1
    ]
  },
  {
    "cells": [
      "print(\"%s %s\" % [1, 2])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "not enough arguments for format string",
      1
    ]
  },
  {
    "cells": [
      "print(\"%(a)s\" % [1])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "list indices must be integers or slices, not str",
      1
    ]
  },
  {
    "cells": [
      "print(\"%(a)s\" % 5)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "format requires a mapping",
      1
    ]
  },
  {
    "cells": [
      "print(\"%d%%\" % 50.7, \"%5.1f|%-6d|%+d\" % (2.25, 3, 4))"
    ],
    "output": [
      "50%   2.2|3     |+4"
    ],
    "error": null
  }
];

export const METHODS: GoldenCase[] = [
  {
    "cells": [
      "print(\" a\\tb\\nc \".split(), \"a,,b\".split(\",\"), \"a b c\".rsplit(None, 1), \"abc\".splitlines(), \"a\\r\\nb\\rc\\n\".splitlines(True))"
    ],
    "output": [
      "['a', 'b', 'c'] ['a', '', 'b'] ['a b', 'c'] ['abc'] ['a\\r\\n', 'b\\r', 'c\\n']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"  Hello World  \".strip().lower().replace(\"world\", \"there\").title(), \"hello\"[::-1], \"abc\".find(\"c\", -1), \"ß\".upper(), \"ǆ\".title(), \"ﬁx\".title(), \"hello world\".capitalize())"
    ],
    "output": [
      "Hello There olleh 2 SS ǅ Fix Hello world"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"x\".center(7, \"*\"), \"x\".ljust(3, \"-\"), \"x\".rjust(3), \"42\".zfill(5), \"-42\".zfill(5), \"a-b-c\".partition(\"-\"), \"a-b-c\".rpartition(\"-\"))"
    ],
    "output": [
      "***x*** x--   x 00042 -0042 ('a', '-', 'b-c') ('a-b', '-', 'c')"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"abcabc\".count(\"b\"), \"abc\".count(\"\"), \"abcabc\".find(\"c\", 3), \"abc\".rfind(\"x\"), \"Hello\".startswith((\"x\", \"He\")), \"a.py\".endswith(\".py\"))"
    ],
    "output": [
      "2 4 5 -1 True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"a,b,,c\".split(\",\", 1), \"  x  y \".split(\" \"), \"x\".join(\"abc\"), \",\".join([]), \"ab\".replace(\"\", \"-\"), \"aaa\".replace(\"a\", \"b\", 2))"
    ],
    "output": [
      "['a', 'b,,c'] ['', '', 'x', '', 'y', ''] axbxc  -a-b- bba"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"Hello World\".swapcase(), \"hello world\".title(), \"HELLO\".isupper(), \"hello\".islower(), \"123\".isdigit(), \"12a\".isalnum(), \" \".isspace(), \"abc\".isalpha())"
    ],
    "output": [
      "hELLO wORLD Hello World True True True True True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"they're bill's\".title(), \"o'neil\".capitalize(), \"ǅungla\".upper(), \"MiXeD\".casefold(), \"²\".isdigit(), \"²\".isdecimal(), \"Ⅷ\".isnumeric())"
    ],
    "output": [
      "They'Re Bill'S O'neil ǄUNGLA mixed True False True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"  x \".strip(\" x\"), \"xxhixx\".strip(\"x\"), \"abc\".removeprefix(\"a\"), \"abc\".removesuffix(\"c\"), \"a\\tb\".expandtabs(4), \"Ab\".isidentifier())"
    ],
    "output": [
      " hi bc ab a   b True"
    ],
    "error": null
  },
  {
    "cells": [
      "x = {\"b\": 1, \"a\": 2}\nx[\"c\"] = 3\ndel x[\"b\"]\nx[\"b\"] = 4\nprint(x, list(x), list(x.items()), x.keys(), x.values())"
    ],
    "output": [
      "{'a': 2, 'c': 3, 'b': 4} ['a', 'c', 'b'] [('a', 2), ('c', 3), ('b', 4)] dict_keys(['a', 'c', 'b']) dict_values([2, 3, 4])"
    ],
    "error": null
  },
  {
    "cells": [
      "x = {\"a\": 1}\nprint(x.get(\"a\"), x.get(\"b\"), x.get(\"b\", 0), x.setdefault(\"c\", 5), x.pop(\"a\"), x)"
    ],
    "output": [
      "1 None 0 5 1 {'c': 5}"
    ],
    "error": null
  },
  {
    "cells": [
      "x = {\"a\": 1}\nx.update({\"b\": 2}, c=3)\nx.update([(\"d\", 4)])\nprint(x, x.popitem(), x, x.copy() == x, x.copy() is x)"
    ],
    "output": [
      "{'a': 1, 'b': 2, 'c': 3} ('d', 4) {'a': 1, 'b': 2, 'c': 3} True False"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [1, 2, 3, 2]\nprint(x.index(2), x.count(2), x.index(2, 2))\nx.insert(0, 0)\nx.remove(2)\nx.extend((9,))\nx.reverse()\nprint(x, x.pop(), x.pop(0), x)"
    ],
    "output": [
      "1 2 3",
      "[2, 3, 1] 0 9 [2, 3, 1]"
    ],
    "error": null
  },
  {
    "cells": [
      "s = {1, 2, 3}\ns.add(4)\ns.discard(1)\nprint(s, s | {5}, s & {2, 3}, s - {2}, s ^ {3, 9}, s <= {2, 3, 4, 5}, {1, 2} < {1, 2})"
    ],
    "output": [
      "{2, 3, 4} {2, 3, 4, 5} {2, 3} {3, 4} {9, 2, 4} True False"
    ],
    "error": null
  },
  {
    "cells": [
      "print(set([3, 1, 2, 3]), frozenset([1, 2]), set(), set(range(20)), {x * 7 for x in range(10)}, set(range(100, 0, -9)))"
    ],
    "output": [
      "{1, 2, 3} frozenset({1, 2}) set() {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19} {0, 35, 7, 42, 14, 49, 21, 56, 28, 63} {64, 1, 100, 37, 73, 10, 46, 82, 19, 55, 91, 28}"
    ],
    "error": null
  },
  {
    "cells": [
      "s = set(range(10))\nprint(s.pop(), s.pop(), s)\ns.remove(5)\ns.clear()\nprint(s)"
    ],
    "output": [
      "0 1 {2, 3, 4, 5, 6, 7, 8, 9}",
      "set()"
    ],
    "error": null
  },
  {
    "cells": [
      "print({1, 2}.union([3], (4,)), {1, 2}.intersection({2}), {1, 2}.difference([1]), {1, 2}.issubset([1, 2, 3]), {1}.isdisjoint({2}))"
    ],
    "output": [
      "{1, 2, 3, 4} {2} {2} True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print({1: 2}.keys() & {1, 3}, {1: 2}.keys() | {5}, {\"a\": 1}.items() == {(\"a\", 1)}, list({\"a\": 1}.values()))"
    ],
    "output": [
      "{1} {1, 5} True [1]"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"a b\".split(\",\", 1, 2))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "split() takes at most 2 arguments (3 given)",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\".split(foo=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'foo' is an invalid keyword argument for split()",
      1
    ]
  },
  {
    "cells": [
      "print([].sort(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sort() takes no positional arguments",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".center(10, \"ab\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "The fill character must be exactly one character long",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".strip(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "strip arg must be None or str",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".count())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "count() takes at least 1 argument (0 given)",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".find(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "must be str, not int",
      1
    ]
  },
  {
    "cells": [
      "print([1].insert(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "insert expected 2 arguments, got 1",
      1
    ]
  },
  {
    "cells": [
      "print([1].index(2, \"x\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "slice indices must be integers or have an __index__ method",
      1
    ]
  },
  {
    "cells": [
      "print({}.get())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "get expected at least 1 argument, got 0",
      1
    ]
  },
  {
    "cells": [
      "print({}.get(1, 2, 3))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "get expected at most 2 arguments, got 3",
      1
    ]
  },
  {
    "cells": [
      "print({}.update(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print({}.update([1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "cannot convert dictionary update sequence element #0 to a sequence",
      1
    ]
  },
  {
    "cells": [
      "print({}.setdefault())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "setdefault expected at least 1 argument, got 0",
      1
    ]
  },
  {
    "cells": [
      "print({}.fromkeys(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print(set().add())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "set.add() takes exactly one argument (0 given)",
      1
    ]
  },
  {
    "cells": [
      "print(set().union(5))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not iterable",
      1
    ]
  },
  {
    "cells": [
      "print((1,).index(5))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "tuple.index(x): x not in tuple",
      1
    ]
  },
  {
    "cells": [
      "print(\"x\".zfill(\"a\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'str' object cannot be interpreted as an integer",
      1
    ]
  },
  {
    "cells": [
      "print(str.foo)"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "type object 'str' has no attribute 'foo'",
      1
    ]
  },
  {
    "cells": [
      "import datetime\nprint(datetime.foo)"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "module 'datetime' has no attribute 'foo'",
      2
    ]
  },
  {
    "cells": [
      "str.x = 1"
    ],
    "output": [],
    "error": [
      "TypeError",
      "cannot set 'x' attribute of immutable type 'str'",
      1
    ]
  },
  {
    "cells": [
      "print(int.__name__, type(5).__name__, (5).real, (5).bit_length(), (2.5).is_integer(), str.upper)"
    ],
    "output": [
      "int int 5 3 False <method 'upper' of 'str' objects>"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"abc\".upper(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "str.upper() takes no arguments (1 given)",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".split(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "must be str or None, not int",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".replace(\"a\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "replace expected at least 2 arguments, got 1",
      1
    ]
  },
  {
    "cells": [
      "print([].append())"
    ],
    "output": [],
    "error": [
      "TypeError",
      "list.append() takes exactly one argument (0 given)",
      1
    ]
  },
  {
    "cells": [
      "print([].pop(\"x\"))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'str' object cannot be interpreted as an integer",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\".join([1]))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "sequence item 0: expected str instance, int found",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\".startswith(1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "startswith first arg must be str or a tuple of str, not int",
      1
    ]
  },
  {
    "cells": [
      "print([].index(5))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "5 is not in list",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".index(\"z\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "substring not found",
      1
    ]
  },
  {
    "cells": [
      "print([].remove(1))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "list.remove(x): x not in list",
      1
    ]
  },
  {
    "cells": [
      "print({}.pop(\"a\"))"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'a'",
      1
    ]
  },
  {
    "cells": [
      "print([].pop())"
    ],
    "output": [],
    "error": [
      "IndexError",
      "pop from empty list",
      1
    ]
  },
  {
    "cells": [
      "print({}.popitem())"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'popitem(): dictionary is empty'",
      1
    ]
  },
  {
    "cells": [
      "print(set().pop())"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'pop from an empty set'",
      1
    ]
  },
  {
    "cells": [
      "print(set().remove(5))"
    ],
    "output": [],
    "error": [
      "KeyError",
      "5",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\".upper(x=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "str.upper() takes no keyword arguments",
      1
    ]
  },
  {
    "cells": [
      "print(\"a,b\".split(sep=\",\"), \"a b\".split(maxsplit=1))"
    ],
    "output": [
      "['a', 'b'] ['a', 'b']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"a\".replace(\"a\", \"b\", count=1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "str.replace() takes no keyword arguments",
      1
    ]
  },
  {
    "cells": [
      "print(\"abc\".foo())"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "'str' object has no attribute 'foo'",
      1
    ]
  },
  {
    "cells": [
      "x = [1]\nx.foo = 1"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "'list' object has no attribute 'foo'",
      2
    ]
  },
  {
    "cells": [
      "\"a\".upper = 1"
    ],
    "output": [],
    "error": [
      "AttributeError",
      "'str' object attribute 'upper' is read-only",
      1
    ]
  },
  {
    "cells": [
      "print([].append(1) is None)"
    ],
    "output": [
      "True"
    ],
    "error": null
  },
  {
    "cells": [
      "x = \"abc\"\nx[0] = \"z\""
    ],
    "output": [],
    "error": [
      "TypeError",
      "'str' object does not support item assignment",
      2
    ]
  },
  {
    "cells": [
      "x = (1,)\nx[0] = 2"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'tuple' object does not support item assignment",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3]\nx[::2] = [1]"
    ],
    "output": [],
    "error": [
      "ValueError",
      "attempt to assign sequence of size 1 to extended slice of size 2",
      2
    ]
  },
  {
    "cells": [
      "x = {}\ndel x[\"a\"]"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'a'",
      2
    ]
  },
  {
    "cells": [
      "x = None\nx[0] = 1"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'NoneType' object does not support item assignment",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3]\nx[1:2] = 5"
    ],
    "output": [],
    "error": [
      "TypeError",
      "can only assign an iterable",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3]\nx[1:2] = [7, 8]\nx[0] = 0\nprint(x)"
    ],
    "output": [
      "[0, 7, 8, 3]"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [1, 2]\nx[5] = 1"
    ],
    "output": [],
    "error": [
      "IndexError",
      "list assignment index out of range",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2]\ndel x[5]"
    ],
    "output": [],
    "error": [
      "IndexError",
      "list assignment index out of range",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3]\nprint(x[::-1], x[1:], x[:-1], x[::2], x[5:], x[-100:100], \"hello\"[1:4], (1, 2, 3)[::-2], x[True])"
    ],
    "output": [
      "[3, 2, 1] [2, 3] [1, 2] [1, 3] [] [1, 2, 3] ell (3, 1) 2"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [1, 2]\nprint(x[\"a\"])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "list indices must be integers or slices, not str",
      2
    ]
  },
  {
    "cells": [
      "x = [1, 2]\nprint(x[5])"
    ],
    "output": [],
    "error": [
      "IndexError",
      "list index out of range",
      2
    ]
  },
  {
    "cells": [
      "print((1, 2)[5])"
    ],
    "output": [],
    "error": [
      "IndexError",
      "tuple index out of range",
      1
    ]
  },
  {
    "cells": [
      "print(\"ab\"[5])"
    ],
    "output": [],
    "error": [
      "IndexError",
      "string index out of range",
      1
    ]
  },
  {
    "cells": [
      "print({\"a\": 1}[\"b\"])"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'b'",
      1
    ]
  },
  {
    "cells": [
      "print({\"a\": 1}[[\"b\"]])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unhashable type: 'list'",
      1
    ]
  },
  {
    "cells": [
      "x = 5\nprint(x[0])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'int' object is not subscriptable",
      2
    ]
  },
  {
    "cells": [
      "x = None\nprint(x[0])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'NoneType' object is not subscriptable",
      2
    ]
  },
  {
    "cells": [
      "print(\"abc\"[\"x\"])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "string indices must be integers, not 'str'",
      1
    ]
  },
  {
    "cells": [
      "print([1, 2, 3][1:2:0])"
    ],
    "output": [],
    "error": [
      "ValueError",
      "slice step cannot be zero",
      1
    ]
  },
  {
    "cells": [
      "print([1][10**20])"
    ],
    "output": [],
    "error": [
      "IndexError",
      "cannot fit 'int' into an index-sized integer",
      1
    ]
  },
  {
    "cells": [
      "print(range(5)[\"a\"])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "range indices must be integers or slices, not str",
      1
    ]
  },
  {
    "cells": [
      "print({}.keys()[0])"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'dict_keys' object is not subscriptable",
      1
    ]
  },
  {
    "cells": [
      "x = {\"a\": 1}\nfor k in x:\n    x[\"b\"] = 2"
    ],
    "output": [],
    "error": [
      "RuntimeError",
      "dictionary changed size during iteration",
      2
    ]
  }
];

export const LEARNER: GoldenCase[] = [
  {
    "cells": [
      "num_tasks = \"3\"\nassert num_tasks == 3, f\"Expected 3 tasks, got {num_tasks}\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "Expected 3 tasks, got 3",
      2
    ]
  },
  {
    "cells": [
      "first_task = \"'refresh_pipeline'\"\nassert first_task == \"refresh_pipeline\", f\"First task should be refresh_pipeline, got {first_task}\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "First task should be refresh_pipeline, got 'refresh_pipeline'",
      2
    ]
  },
  {
    "cells": [
      "timeout_minutes = 1800/60\nassert timeout_minutes == 30, f\"1800 seconds = 30 minutes, got {timeout_minutes}\"\nprint(timeout_minutes)"
    ],
    "output": [
      "30.0"
    ],
    "error": null
  },
  {
    "cells": [
      "timeout_minutes = 1800 // 60\nprint(timeout_minutes, type(timeout_minutes))"
    ],
    "output": [
      "30 <class 'int'>"
    ],
    "error": null
  },
  {
    "cells": [
      "timeout_minutes = 30.5\nassert timeout_minutes == 30, f\"got {timeout_minutes}\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "got 30.5",
      2
    ]
  },
  {
    "cells": [
      "x = ______"
    ],
    "output": [],
    "error": [
      "NameError",
      "name '______' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = three"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'three' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = True = 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to True",
      1
    ]
  },
  {
    "cells": [
      "3 = x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to literal here. Maybe you meant '==' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "f(x) = 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "\"a\" = x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to literal here. Maybe you meant '==' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "x = "
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = ("
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'(' was never closed",
      1
    ]
  },
  {
    "cells": [
      "x = 3 = 4"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to literal",
      1
    ]
  },
  {
    "cells": [
      "x == 3 = 4"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to comparison",
      1
    ]
  },
  {
    "cells": [
      "x = y == 3 = 4"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "assert x = 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "[x = 3]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "print(x = 3)"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'x' is an invalid keyword argument for print()",
      1
    ]
  },
  {
    "cells": [
      "f(3=4)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expression cannot contain assignment, perhaps you meant \"==\"?",
      1
    ]
  },
  {
    "cells": [
      "if x = 3:\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "if x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected ':'",
      1
    ]
  },
  {
    "cells": [
      "if x:"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "expected an indented block after 'if' statement on line 1",
      1
    ]
  },
  {
    "cells": [
      "for x in y"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected ':'",
      1
    ]
  },
  {
    "cells": [
      "def f(:"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print \"hello\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "Missing parentheses in call to 'print'. Did you mean print(...)?",
      1
    ]
  },
  {
    "cells": [
      "x = 1 if 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected 'else' after 'if' expression",
      1
    ]
  },
  {
    "cells": [
      "x = [1 if 2]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected 'else' after 'if' expression",
      1
    ]
  },
  {
    "cells": [
      "del f()"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot delete function call",
      1
    ]
  },
  {
    "cells": [
      "x, 3 = 1, 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to literal here. Maybe you meant '==' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "x = {1: }"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expression expected after dictionary key and ':'",
      1
    ]
  },
  {
    "cells": [
      "x =* 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "can't use starred expression here",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2,, 3]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = {1: 2, 3}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "':' expected after dictionary key",
      1
    ]
  },
  {
    "cells": [
      "x = 1 ** "
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = not"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 +* 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [*]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [1 for]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [for x in y]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = (x for x in)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(, 1)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(1,, 2)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = @"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 2 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "True = 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to True",
      1
    ]
  },
  {
    "cells": [
      "None = 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to None",
      1
    ]
  },
  {
    "cells": [
      "x + 1 = 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to expression here. Maybe you meant '==' instead of '='?",
      1
    ]
  },
  {
    "cells": [
      "[x, y] = 1, 2\nprint(x, y)"
    ],
    "output": [
      "1 2"
    ],
    "error": null
  },
  {
    "cells": [
      "(x) = 5\nprint(x)"
    ],
    "output": [
      "5"
    ],
    "error": null
  },
  {
    "cells": [
      "x.y = 1"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x[0] = 1"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x += 1"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'x' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = 1\nx + 1 += 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'expression' is an illegal expression for augmented assignment",
      2
    ]
  },
  {
    "cells": [
      "x = 1\n(x, y) += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'tuple' is an illegal expression for augmented assignment",
      2
    ]
  },
  {
    "cells": [
      "(x, y): int = 1, 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "only single target (not tuple) can be annotated",
      1
    ]
  },
  {
    "cells": [
      "else:\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "elif x:\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "return 5"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'return' outside function",
      1
    ]
  },
  {
    "cells": [
      "yield 5"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'yield' outside function",
      1
    ]
  },
  {
    "cells": [
      "break"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'break' outside loop",
      1
    ]
  },
  {
    "cells": [
      "continue"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'continue' not properly in loop",
      1
    ]
  },
  {
    "cells": [
      "await x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'await' outside function",
      1
    ]
  },
  {
    "cells": [
      "nonlocal x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "nonlocal declaration not allowed at module level",
      1
    ]
  },
  {
    "cells": [
      "class"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "def"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = \"\"refresh_pipeline\"\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = \"refresh_pipeline"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "x = 'refresh_pipeline\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "x = [ingest]"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'ingest' is not defined",
      1
    ]
  },
  {
    "cells": [
      "x = [\"ingest\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'[' was never closed",
      1
    ]
  },
  {
    "cells": [
      "x = [ingest build]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = [\"a\" \"b\"]\nprint(x)"
    ],
    "output": [
      "['ab']"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [\"a\", \"b\",]\nprint(x)"
    ],
    "output": [
      "['a', 'b']"
    ],
    "error": null
  },
  {
    "cells": [
      "x = [,]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "task_values = {}\ntask_values[\"refresh_pipeline\"] = {\"rows_processed\": rows_processed}"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'rows_processed' is not defined",
      2
    ]
  },
  {
    "cells": [
      "task_values = {\"refresh_pipeline\": {\"rows_processed\": 1}}\nprint(task_values[refresh_pipeline])"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'refresh_pipeline' is not defined",
      2
    ]
  },
  {
    "cells": [
      "task_values = {\"refresh_pipeline\": {\"rows_processed\": 1}}\nprint(task_values[\"validate_results\"][\"rows_processed\"])"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'validate_results'",
      2
    ]
  },
  {
    "cells": [
      "task_values = {\"refresh_pipeline\": {\"rows_processed\": 1}}\nprint(task_values[\"refresh_pipeline\"][0])"
    ],
    "output": [],
    "error": [
      "KeyError",
      "0",
      2
    ]
  },
  {
    "cells": [
      "q = \"\"\"\nWHERE result_state = 'FAILED'\n  AND start_time >= current_date() - INTERVAL 7 DAYS\nORDER BY start_time DESC\n\"\"\"\nprint(\"FAILED\" in q.upper(), \"7\" in q, \"ORDER BY\" in q.upper())"
    ],
    "output": [
      "True True True"
    ],
    "error": null
  },
  {
    "cells": [
      "q = \"\"\" ... \"\"\" \"\"\"\nprint(q)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated triple-quoted string literal (detected at line 2)",
      1
    ]
  },
  {
    "cells": [
      "q = \"\"\"\n\\\n\"\"\"\nprint(repr(q))"
    ],
    "output": [
      "'\\n'"
    ],
    "error": null
  },
  {
    "cells": [
      "q = \"\"\" \\N{BULLET} \"\"\"\nprint(q)"
    ],
    "output": [
      " • "
    ],
    "error": null
  },
  {
    "cells": [
      "q = \"\"\" \\d \"\"\"\nprint(q)"
    ],
    "output": [
      " \\d "
    ],
    "error": null
  },
  {
    "cells": [
      "nightly_etl = \"job_cluster\\\"\nprint(nightly_etl)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "x = \"a\\\"b\"\nprint(x)"
    ],
    "output": [
      "a\"b"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 'it''s'\nprint(x)"
    ],
    "output": [
      "its"
    ],
    "error": null
  },
  {
    "cells": [
      "x = \"tab\\there\"\nprint(x, repr(x))"
    ],
    "output": [
      "tab\there 'tab\\there'"
    ],
    "error": null
  },
  {
    "cells": [
      "x = '''it's'''\nprint(repr(x))"
    ],
    "output": [
      "\"it's\""
    ],
    "error": null
  },
  {
    "cells": [
      "x = \"\"\"a\nb\"\"\"\nprint(x)"
    ],
    "output": [
      "a",
      "b"
    ],
    "error": null
  },
  {
    "cells": [
      "print(r\"\\n\", R\"\\t\", u\"x\")"
    ],
    "output": [
      "\\n \\t x"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"\\101\\x42\\u0043\\U00000044\", \"\\d\", \"\\N\", \"a\\\nb\")"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
      1
    ]
  },
  {
    "cells": [
      "x = \"\\N{DEGREE SIGN}\""
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      "x = \"\\N\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape",
      1
    ]
  },
  {
    "cells": [
      "x = \"\\N{\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape",
      1
    ]
  },
  {
    "cells": [
      "x = \"\\x4\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape",
      1
    ]
  },
  {
    "cells": [
      "x = \"\\u12\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape",
      1
    ]
  },
  {
    "cells": [
      "x = \"\\U0011FFFF\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character",
      1
    ]
  },
  {
    "cells": [
      "print(3 tasks)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = 3 tasks"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(True False)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = (1 2)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = {\"a\": 1 \"b\": 2}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2 3]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\" \"b\" c)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "print(a b)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = 1\n  y = 2"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unexpected indent",
      2
    ]
  },
  {
    "cells": [
      "  x = 1"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unexpected indent",
      1
    ]
  },
  {
    "cells": [
      "x = 5 \t\n\ty = 2"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unexpected indent",
      2
    ]
  },
  {
    "cells": [
      "if 1:\n        x = 1\n\ty = 2"
    ],
    "output": [],
    "error": [
      "TabError",
      "inconsistent use of tabs and spaces in indentation",
      3
    ]
  },
  {
    "cells": [
      "if 1:\n    x = 1\n  y = 2"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unindent does not match any outer indentation level",
      3
    ]
  },
  {
    "cells": [
      "for i in range(3):\nprint(i)"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "expected an indented block after 'for' statement on line 1",
      2
    ]
  },
  {
    "cells": [
      "x = 1 $ 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 $ \"abc"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "x = 1 ? 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 ! 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = `1`"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 <> 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 !== 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 === 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x := 5"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2\ny = 3\nz = ("
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = 1;;"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      ";"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1; ; y = 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 # comment"
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      "# only a comment"
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      ""
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      "\n\n"
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      "\\"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unexpected EOF while parsing",
      1
    ]
  },
  {
    "cells": [
      "x = \\\n5\nprint(x)"
    ],
    "output": [
      "5"
    ],
    "error": null
  }
];

export const FORMATS_AND_NUMBERS: GoldenCase[] = [
  {
    "cells": [
      "x = 1234.5678\nprint(f\"{x:.3g}|{x:#.3g}|{x:n}|{1e-7:f}|{123.456:015.2f}|{-0.0:.2f}|{x:+015,.2f}|{float('nan'):10}|{float('inf'):+}|{5:%}|{0.5:.0%}\")"
    ],
    "output": [
      "1.23e+03|1.23e+03|1234.57|0.000000|000000000123.46|-0.00|+000,001,234.57|       nan|+inf|500.000000%|50%"
    ],
    "error": null
  },
  {
    "cells": [
      "print(f\"{-255:#x}|{255:#010x}|{1234567:_d}|{10**20:,}|{65:c}|{-5:=6}|{5:^+7}|{-5:x}|{255:#X}|{5:#o}|{0:#b}|{-0:d}\")"
    ],
    "output": [
      "-0xff|0x000000ff|1_234_567|100,000,000,000,000,000,000|A|-    5|  +5   |-5|0XFF|0o5|0b0|0"
    ],
    "error": null
  },
  {
    "cells": [
      "print(f\"{3.0:g}|{3.0:.0f}|{3.0:.0e}|{1e5:g}|{1e6:g}|{1e-4:g}|{1e-5:g}|{123456789.0:.10g}|{0.0001234:.2e}|{9.999:.2f}|{9.995:.2f}|{0.045:.2f}\")"
    ],
    "output": [
      "3|3|3e+00|100000|1e+06|0.0001|1e-05|123456789|1.23e-04|10.00|9.99|0.04"
    ],
    "error": null
  },
  {
    "cells": [
      "print(f\"{12345.6789:,.1f}|{-1234567.0:,}|{1e16:,}|{1234.0:_}|{0.1:.1%}|{2.5:05.0f}|{-2.5:+.0f}|{1e300*1e10:.2f}|{1.5:<8}|{1.5:^8}|{'s':<3}|\")"
    ],
    "output": [
      "12,345.7|-1,234,567.0|1e+16|1_234.0|10.0%|00002|-2|inf|1.5     |  1.5   |s  |"
    ],
    "error": null
  },
  {
    "cells": [
      "print(round(0.1+0.2, 15), round(1.23456e-10, 12), round(123.456, -1), round(-0.0), round(5.5), round(-5.5), round(1e15 + 0.5), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-0.4), round(1.05, 1))"
    ],
    "output": [
      "0.3 1.23e-10 120.0 0 6 -6 1000000000000000 0.12 0.38 2.0 0 1.1"
    ],
    "error": null
  },
  {
    "cells": [
      "print(round(12345, -1), round(15, -1), round(25, -1), round(-25, -1), round(7, 0), round(True), round(3, 2), round(10**20 + 5, -1))"
    ],
    "output": [
      "12340 20 20 -20 7 1 3 100000000000000000000"
    ],
    "error": null
  },
  {
    "cells": [
      "print(int(\"0b11\", 0), int(\"0o17\", 0), int(\"-0x1f\", 16), int(\"1\" * 50), float(\"1e400\"), float(\"-1e-400\"), float(\"  .5e1  \"), float(\"1_0e1_0\"), int(\" \\t42\\n\"), float(\"+inf\"), float(\"-NaN\"))"
    ],
    "output": [
      "3 15 -31 11111111111111111111111111111111111111111111111111 inf -0.0 5.0 100000000000.0 42 inf nan"
    ],
    "error": null
  },
  {
    "cells": [
      "print(int(\"0x1f\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "invalid literal for int() with base 10: '0x1f'",
      1
    ]
  },
  {
    "cells": [
      "print(int(\"1 2\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "invalid literal for int() with base 10: '1 2'",
      1
    ]
  },
  {
    "cells": [
      "print(float(\"1.2.3\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "could not convert string to float: '1.2.3'",
      1
    ]
  },
  {
    "cells": [
      "print(float(\"0x10\"))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "could not convert string to float: '0x10'",
      1
    ]
  },
  {
    "cells": [
      "print(int(\"٤٢\") + 1, float(\"٤٢.٥\"), int(\"४२\"), \"४२\".isdigit(), \"٤\".isdecimal())"
    ],
    "output": [
      "43 42.5 42 True True"
    ],
    "error": null
  },
  {
    "cells": [
      "s = {1, 2, 3}\ns.remove(2)\ns.add(10)\ns.add(2)\nprint(s, {1, 2, 3} | {4, 5}, {5, 4} | {1}, {1.5, 1, True, (1, 2), -1, 0}, {10**20, 3, 2**61 - 1, 2**61, -2})"
    ],
    "output": [
      "{2, 1, 10, 3} {1, 2, 3, 4, 5} {1, 4, 5} {0, 1.5, 1, (1, 2), -1} {2305843009213693951, 2305843009213693952, 3, 100000000000000000000, -2}"
    ],
    "error": null
  },
  {
    "cells": [
      "s = set()\nfor i in [5, 13, 21, 29, 37, 45, 53, 61, 69, 77]:\n    s.add(i)\nprint(s)\ns.discard(13)\ns.add(100)\nprint(s, len(s))"
    ],
    "output": [
      "{37, 5, 69, 13, 45, 77, 61, 21, 53, 29}",
      "{100, 37, 5, 69, 45, 77, 61, 21, 53, 29} 10"
    ],
    "error": null
  },
  {
    "cells": [
      "a = {8, 16, 24, 32}\nb = {16, 40, 8}\nprint(a & b, b & a, a - b, b - a, a ^ b, b ^ a, a | b, b | a)"
    ],
    "output": [
      "{16, 8} {16, 8} {32, 24} {40} {32, 24, 40} {40, 32, 24} {16, 32, 8, 24, 40} {16, 32, 8, 24, 40}"
    ],
    "error": null
  },
  {
    "cells": [
      "d = dict(zip(\"abc\", range(3)))\ndel d[\"b\"]\nd[\"b\"] = 9\nd.pop(\"a\")\nd[\"a\"] = 0\nprint(d, list(d.items()), dict(sorted(d.items())), {**d, \"z\": 1}, {\"z\": 1, **d})"
    ],
    "output": [
      "{'c': 2, 'b': 9, 'a': 0} [('c', 2), ('b', 9), ('a', 0)] {'a': 0, 'b': 9, 'c': 2} {'c': 2, 'b': 9, 'a': 0, 'z': 1} {'z': 1, 'c': 2, 'b': 9, 'a': 0}"
    ],
    "error": null
  },
  {
    "cells": [
      "nan = float(\"nan\")\nprint(nan == nan, nan != nan, nan < 1, [nan] == [nan], nan in [nan], -0.0 == 0.0, 0.0 is -0.0, 10**400 > 1e308, 10**400 > float(\"inf\"), -10**400 < float(\"-inf\"), 2**53 + 1 > 2.0**53)"
    ],
    "output": [
      "False True False True True True False True False False True"
    ],
    "error": null
  },
  {
    "cells": [
      "x = list(range(10))\nprint(x[::-3], x[8:2:-2], x[-1:-5:-1], x[100::-1], x[:-100:-1], x[2:8:3], x[::10**20], x[-10**20:10**20])"
    ],
    "output": [
      "[9, 6, 3, 0] [8, 6, 4] [9, 8, 7, 6] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] [2, 5] [0] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]"
    ],
    "error": null
  },
  {
    "cells": [
      "s = \"héllo wörld\"\nprint(s.upper(), s.title(), s.split(\"ö\"), s.find(\"w\"), s[::-2], s.center(15, \"·\"), s.encode if False else 1, s.count(\"l\"), s.replace(\"l\", \"L\", 1), s.index(\"ö\"))"
    ],
    "output": [
      "HÉLLO WÖRLD Héllo Wörld ['héllo w', 'rld'] 6 drwolh ··héllo wörld·· 1 3 héLlo wörld 7"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"straße\".upper(), \"İ\".lower(), len(\"İ\".lower()), \"ΣΑΣ\".lower(), \"ǳ\".title(), \"ﬀ\".upper(), \"ß\".casefold(), \"ﬁ\".casefold() if True else 1)"
    ],
    "output": [
      "STRASSE i̇ 2 σας ǲ FF ss fi"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"a\\tb\\tc\".expandtabs(), \"x\\ty\".expandtabs(2), \"1,2,,3,\".split(\",\"), \"  a  b  \".rsplit(\" \", 2), \"a b c d\".split(None, 2), \"a\\nb\\r\\nc\".splitlines())"
    ],
    "output": [
      "a       b       c x y ['1', '2', '', '3', ''] ['  a  b', '', ''] ['a', 'b', 'c d'] ['a', 'b', 'c']"
    ],
    "error": null
  },
  {
    "cells": [
      "print(str(True + True), str(1/3), str(-1e-5), str([1.0, -0.0]), str((None,)), str({1: [2, (3,)]}), repr(\"'\"), repr('\"'), repr(\"'\\\"\"))"
    ],
    "output": [
      "2 0.3333333333333333 -1e-05 [1.0, -0.0] (None,) {1: [2, (3,)]} \"'\" '\"' '\\'\"'"
    ],
    "error": null
  },
  {
    "cells": [
      "print(bool(\"False\"), bool(0j if False else 0), bool(float(\"nan\")), [] == False, 0 == False == 0.0, 1 == True is True)"
    ],
    "output": [
      "True False True False True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(list(range(-3)), list(range(3, -3, -2)), range(3) == range(0, 3), range(0) == range(5, 5), 3 in range(0, 10, 3), 4 in range(0, 10, 3), range(10)[-2], len(range(-5, 5, 3)))"
    ],
    "output": [
      "[] [3, 1, -1] True True True False 8 4"
    ],
    "error": null
  },
  {
    "cells": [
      "print(max(\"abc\", \"abd\"), min((1, 2), (1,)), max([True, 2, 1.5]), min(\"b\", \"a\", key=lambda s: s) if False else min(\"b\", \"a\"), max([3, 1, 4, 1, 5], default=0), sorted([3, 1, 2], key=lambda x: -x) if False else 0)"
    ],
    "output": [
      "abd (1,) 2 a 5 0"
    ],
    "error": null
  },
  {
    "cells": [
      "print(sum([1.5, 2.5]), sum([], 5), sum(range(5), 0.5), sum([10**20, 1]), sum([True, 2.5]))"
    ],
    "output": [
      "4.0 5 10.5 100000000000000000001 3.5"
    ],
    "error": null
  },
  {
    "cells": [
      "print(divmod(-7, 3), divmod(7, -3), divmod(-7.5, 2), divmod(0, 5), divmod(5, 0.5), pow(-2, 3), pow(2, -2), pow(-8, 1/3) if False else pow(4, 0.5), pow(3, 4, 5), pow(-3, 3, 7))"
    ],
    "output": [
      "(-3, 2) (-3, -2) (-4.0, 0.5) (0, 0) (10.0, 0.0) -8 0.25 2.0 1 1"
    ],
    "error": null
  },
  {
    "cells": [
      "print(abs(-10**20), abs(-2.5e-300), -(-5), +(-5), ~-1, -(0), -(0.0), 7 // 2 * 2 + 7 % 2, 2 ** 3 ** 2, (-2) ** 2, -2 ** 2, 2 ** -1 ** 2)"
    ],
    "output": [
      "100000000000000000000 2.5e-300 5 -5 0 0 -0.0 7 512 4 -4 0.5"
    ],
    "error": null
  },
  {
    "cells": [
      "print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 10 - 2 - 3, 2 * 3 % 4, 1 << 2 + 1, 1 | 2 ^ 3 & 4, not 1 == 2, -1 < 0 == False)"
    ],
    "output": [
      "5.0 9 5 2 8 3 True True"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"%s|%r|%a|%5.2f|%-5s|%05d|%x|%X|%o|%e|%g|%c|%c|%%|%i\" % (\"é\", \"é\", \"é\", 3.14159, \"ab\", -42, 255, 255, 8, 12345.678, 0.0001, 65, \"z\", 3))"
    ],
    "output": [
      "é|'é'|'\\xe9'| 3.14|ab   |-0042|ff|FF|10|1.234568e+04|0.0001|A|z|%|3"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"%(x)s-%(y)d\" % {\"x\": \"a\", \"y\": 2}, \"%.3s\" % \"abcdef\", \"%*d\" % (5, 42), \"%-*d|\" % (4, 7), \"%+.1f\" % 2.25, \"%.0f\" % 0.5, \"%.0f\" % 1.5, \"%s\" % None, \"%s\" % (None,), \"%d\" % True)"
    ],
    "output": [
      "a-2 abc    42 7   | +2.2 0 2 None None 1"
    ],
    "error": null
  },
  {
    "cells": [
      "print(\"{:>10.3}|{:,}|{:.2%}|{!r:^7}|{:#06x}|{:+g}\".format(\"abcdef\", 1234567.5, 0.125, \"a\", 255, 1e-20), \"{0}{1}{0}\".format(\"ab\", \"cd\"), \"{a[0]}{b.real}\".format(a=[5], b=3))"
    ],
    "output": [
      "       abc|1,234,567.5|12.50%|  'a'  |0x00ff|+1e-20 abcdab 53"
    ],
    "error": null
  },
  {
    "cells": [
      "print(f\"{'nested {braces}'}\", f\"{3!s:>4}\", f\"{'x'*3}\", f\"{[1, 2][1]}\", f\"{ {'k': 1}['k'] }\", f\"{(lambda: 0) if False else 7}\", f\"{1 + 1 = }\", f\"{'a' 'b'}\")"
    ],
    "output": [
      "nested {braces}    3 xxx 2 1 7 1 + 1 = 2 ab"
    ],
    "error": null
  },
  {
    "cells": [
      "x = 10\nprint(f\"{x:>{x}}|\", f\"{x:{'>'}{4}}|\", f\"{3.14159:.{2}f}\", f\"{x!r:{'^'}5}\", f\"{'%'}\", f\"{x}{{}}{x}\")"
    ],
    "output": [
      "        10|   10| 3.14  10   % 10{}10"
    ],
    "error": null
  },
  {
    "cells": [
      "import datetime as d\nt = d.datetime(2024, 1, 31, 23, 59, 59, 999999)\nprint(t, t.isoformat(), t.strftime(\"%Y-%m-%dT%H:%M:%S.%f %j %U\" if False else \"%Y-%m-%dT%H:%M:%S.%f %j\"), t.weekday(), t.date(), t.replace(day=1), t.replace(microsecond=0).isoformat())"
    ],
    "output": [
      "2024-01-31 23:59:59.999999 2024-01-31T23:59:59.999999 2024-01-31T23:59:59.999999 031 2 2024-01-31 2024-01-01 23:59:59.999999 2024-01-31T23:59:59"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(1, 1, 1), datetime(9999, 12, 31), repr(datetime(2000, 1, 1, 0, 0, 0, 1)), datetime(2000, 1, 1) == datetime(2000, 1, 1, 0, 0), datetime(2000, 1, 1) != datetime(2000, 1, 2))"
    ],
    "output": [
      "0001-01-01 00:00:00 9999-12-31 00:00:00 datetime.datetime(2000, 1, 1, 0, 0, 0, 1) True True"
    ],
    "error": null
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(0, 1, 1))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "year 0 is out of range",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2000, 1, 1, 1, 60))"
    ],
    "output": [],
    "error": [
      "ValueError",
      "minute must be in 0..59",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(\"2020\", 1, 1))"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'str' object cannot be interpreted as an integer",
      2
    ]
  },
  {
    "cells": [
      "from datetime import datetime\nprint(datetime(2020.0, 1, 1))\n"
    ],
    "output": [],
    "error": [
      "TypeError",
      "'float' object cannot be interpreted as an integer",
      2
    ]
  }
];

export const SYNTAX: GoldenCase[] = [
  {
    "cells": [
      "x = [1,\n     2,\n     3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'[' was never closed",
      1
    ]
  },
  {
    "cells": [
      "x = {\"a\": 1,\n     \"b\": 2\ny = 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'{' was never closed",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\",\n      undefined_name,\n      \"c\")"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'undefined_name' is not defined",
      2
    ]
  },
  {
    "cells": [
      "x = (1 +\n     \"a\")"
    ],
    "output": [],
    "error": [
      "TypeError",
      "unsupported operand type(s) for +: 'int' and 'str'",
      1
    ]
  },
  {
    "cells": [
      "assert sorted([1, 2]) == [1, 2], \\\n    f\"bad {undefined}\"\nassert sorted([1, 2]) == [2, 1], \\\n    f\"bad {1}\""
    ],
    "output": [],
    "error": [
      "AssertionError",
      "bad 1",
      3
    ]
  },
  {
    "cells": [
      "d = {\"a\": 1}\nprint(d[\n  \"b\"\n])"
    ],
    "output": [],
    "error": [
      "KeyError",
      "'b'",
      2
    ]
  },
  {
    "cells": [
      "x = 1\nif x == 1:\n    y = 2\n     z = 3"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unexpected indent",
      4
    ]
  },
  {
    "cells": [
      "for i in range(3):\nprint(i)"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "expected an indented block after 'for' statement on line 1",
      2
    ]
  },
  {
    "cells": [
      "if True:\n    pass\n  else:\n    pass"
    ],
    "output": [],
    "error": [
      "IndentationError",
      "unindent does not match any outer indentation level",
      3
    ]
  },
  {
    "cells": [
      "x = 1 +"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = (1 +)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(\"hello\" \"world\" 3)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "print(f\"a\" f\"b\" c)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = [1 2 3]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "x = 5 5"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = \"a\" \"b\" c"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(x y)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "print(_ x)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(match x)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "d = {\"a\" 1}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax. Perhaps you forgot a comma?",
      1
    ]
  },
  {
    "cells": [
      "d = {\"a\": 1, \"b\"}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "':' expected after dictionary key",
      1
    ]
  },
  {
    "cells": [
      "d = {\"a\": 1, \"b\": }"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expression expected after dictionary key and ':'",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3][1:2:3:4]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [1, 2, 3][]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = f(**)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = f(*)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "f(a=1, 2)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "positional argument follows keyword argument",
      1
    ]
  },
  {
    "cells": [
      "f(**a, *b)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "iterable argument unpacking follows keyword argument unpacking",
      1
    ]
  },
  {
    "cells": [
      "f(**a, b)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "positional argument follows keyword argument unpacking",
      1
    ]
  },
  {
    "cells": [
      "f(x for x in y, 1)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "Generator expression must be parenthesized",
      1
    ]
  },
  {
    "cells": [
      "f(a=1, a=2)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "keyword argument repeated: a",
      1
    ]
  },
  {
    "cells": [
      "x = a if b"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected 'else' after 'if' expression",
      1
    ]
  },
  {
    "cells": [
      "x = a if b else"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = not"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 not in"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1 is not"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = lambda x: x +"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x += 1 = 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = y += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "del x + 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot delete expression",
      1
    ]
  },
  {
    "cells": [
      "del (x, 1)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot delete literal",
      1
    ]
  },
  {
    "cells": [
      "for 1 in x:\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "cannot assign to literal",
      1
    ]
  },
  {
    "cells": [
      "for x in range(3) print(x)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "while x\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected ':'",
      1
    ]
  },
  {
    "cells": [
      "if x:\n    pass\nelif:\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      3
    ]
  },
  {
    "cells": [
      "if x:\n    pass\nelse\n    pass"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected ':'",
      3
    ]
  },
  {
    "cells": [
      "import"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "from import x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "from datetime import"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "from datetime import (datetime"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'(' was never closed",
      1
    ]
  },
  {
    "cells": [
      "import datetime."
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "assert"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "assert x,"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [i for i in range(3) if]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = {**}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = {1: 2, **}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = [*a for a in b]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "iterable unpacking cannot be used in comprehension",
      1
    ]
  },
  {
    "cells": [
      "print(1 if 2 else 3 if 4)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "expected 'else' after 'if' expression",
      1
    ]
  },
  {
    "cells": [
      "x = (yield)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'yield' outside function",
      1
    ]
  },
  {
    "cells": [
      "async x"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 5 if True else: 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "True += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'True' is an illegal expression for augmented assignment",
      1
    ]
  },
  {
    "cells": [
      "x.y += 1 = 3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "a, b += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'tuple' is an illegal expression for augmented assignment",
      1
    ]
  },
  {
    "cells": [
      "f() += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'function call' is an illegal expression for augmented assignment",
      1
    ]
  },
  {
    "cells": [
      "[a, b] += 1"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'list' is an illegal expression for augmented assignment",
      1
    ]
  },
  {
    "cells": [
      "x = {1, 2: 3}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = \"unterminated\ny = 2"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "x = 1\ny = 'unterminated"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 2)",
      2
    ]
  },
  {
    "cells": [
      "x = 1 +\ny = 'unterminated"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 2)",
      2
    ]
  },
  {
    "cells": [
      "x = [1,\ny = \"a"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated string literal (detected at line 2)",
      2
    ]
  },
  {
    "cells": [
      "s = '''abc"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated triple-quoted string literal (detected at line 1)",
      1
    ]
  },
  {
    "cells": [
      "s = \"\"\"abc\ndef"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "unterminated triple-quoted string literal (detected at line 2)",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\") print(\"b\")"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "print(\"a\"); print(\"b\""
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "'(' was never closed",
      1
    ]
  },
  {
    "cells": [
      "x = 3.14.15"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 1_000_"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid decimal literal",
      1
    ]
  },
  {
    "cells": [
      "x = 0x_"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid hexadecimal literal",
      1
    ]
  },
  {
    "cells": [
      "x = 1e5e5"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid decimal literal",
      1
    ]
  },
  {
    "cells": [
      "x = 1.2.3"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = .5."
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid syntax",
      1
    ]
  },
  {
    "cells": [
      "x = 5.real"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid decimal literal",
      1
    ]
  },
  {
    "cells": [
      "x = 0xgg"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid hexadecimal literal",
      1
    ]
  },
  {
    "cells": [
      "x = 0b1_"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "invalid binary literal",
      1
    ]
  },
  {
    "cells": [
      "x = 0o_7\n"
    ],
    "output": [],
    "error": null
  },
  {
    "cells": [
      "x = [*a for a in b]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "iterable unpacking cannot be used in comprehension",
      1
    ]
  },
  {
    "cells": [
      "x = {*a for a in b}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "iterable unpacking cannot be used in comprehension",
      1
    ]
  },
  {
    "cells": [
      "x = (*a for a in b)"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "iterable unpacking cannot be used in comprehension",
      1
    ]
  },
  {
    "cells": [
      "x = {**a for a in b}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "dict unpacking cannot be used in dict comprehension",
      1
    ]
  },
  {
    "cells": [
      "x = [a, b for a, b in c]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "did you forget parentheses around the comprehension target?",
      1
    ]
  },
  {
    "cells": [
      "x = [a, for a in c]"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "did you forget parentheses around the comprehension target?",
      1
    ]
  },
  {
    "cells": [
      "x = {a, b for a in c}"
    ],
    "output": [],
    "error": [
      "SyntaxError",
      "did you forget parentheses around the comprehension target?",
      1
    ]
  },
  {
    "cells": [
      "x = {**a}\nprint(x)\n"
    ],
    "output": [],
    "error": [
      "NameError",
      "name 'a' is not defined",
      1
    ]
  }
];

