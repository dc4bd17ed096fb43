#!/usr/bin/env python3
"""Checks the conformance set against Python's tomllib, an independent TOML 1.0 reader.

valid/NAME.toml:   tomllib must accept it; writes valid/NAME.json, the values tomllib read,
                   in toml-test's tagged form, which ConformanceTests compares with ours.
invalid/NAME.toml: tomllib must refuse it; prints its line next to the one invalid/lines.tsv
                   expects from madoguchi, so a disagreement can be looked at.

usage: Tests/MadoguchiConfigTests/Conformance/tomllib-check.py   (Python 3.11 or later)
"""
import datetime
import json
import math
import pathlib
import re
import sys
import tomllib

here = pathlib.Path(__file__).resolve().parent
# tomllib keeps integers of any size; TOML 1.0 requires a reader that cannot hold one
# losslessly (64 bits here) to refuse it, so these are invalid for madoguchi only.
beyond_64_bits = {"integer-overflow", "integer-underflow", "integer-hex-overflow"}


def two(n):
    return f"{n:02d}"


def time_text(t):
    text = f"{two(t.hour)}:{two(t.minute)}:{two(t.second)}"
    if t.microsecond:
        text += "." + f"{t.microsecond:06d}".rstrip("0")
    return text


def tagged(value):
    if isinstance(value, dict):
        return {k: tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [tagged(v) for v in value]
    if isinstance(value, bool):
        return {"type": "bool", "value": "true" if value else "false"}
    if isinstance(value, int):
        return {"type": "integer", "value": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            text = "nan"
        elif math.isinf(value):
            text = "inf" if value > 0 else "-inf"
        else:
            text = repr(value)
        return {"type": "float", "value": text}
    if isinstance(value, str):
        return {"type": "string", "value": value}
    if isinstance(value, datetime.datetime):
        text = f"{value.date().isoformat()}T{time_text(value.time())}"
        if value.tzinfo is None:
            return {"type": "datetime-local", "value": text}
        minutes = int(value.utcoffset().total_seconds() // 60)
        if minutes == 0:
            text += "Z"
        else:
            sign = "-" if minutes < 0 else "+"
            text += f"{sign}{two(abs(minutes) // 60)}:{two(abs(minutes) % 60)}"
        return {"type": "datetime", "value": text}
    if isinstance(value, datetime.date):
        return {"type": "date-local", "value": value.isoformat()}
    if isinstance(value, datetime.time):
        return {"type": "time-local", "value": time_text(value)}
    raise TypeError(type(value))


failures = 0
for path in sorted((here / "valid").glob("*.toml")):
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        print(f"tomllib refuses valid/{path.name}: {error}")
        failures += 1
        continue
    path.with_suffix(".json").write_text(json.dumps(tagged(data), ensure_ascii=False, indent=1, sort_keys=True) + "\n")

expected = {}
for row in (here / "invalid" / "lines.tsv").read_text().splitlines():
    if row and not row.startswith("#"):
        name, line = row.split("\t")
        expected[name] = int(line)
for path in sorted((here / "invalid").glob("*.toml")):
    try:
        text = path.read_bytes().decode("utf-8")
        tomllib.loads(text)
    except UnicodeDecodeError:
        continue
    except tomllib.TOMLDecodeError as error:
        found = re.search(r"line (\d+)", str(error))
        theirs = int(found.group(1)) if found else None
        ours = expected.get(path.stem)
        note = "" if theirs == ours else f"   <- tomllib says line {theirs}: {error}"
        print(f"invalid/{path.name}: line {ours}{note}")
        continue
    if path.stem in beyond_64_bits:
        print(f"invalid/{path.name}: line {expected.get(path.stem)} (tomllib keeps big integers)")
        continue
    print(f"tomllib accepts invalid/{path.name}")
    failures += 1
missing = sorted(set(expected) - {p.stem for p in (here / "invalid").glob("*.toml")})
for name in missing:
    print(f"lines.tsv names {name}, which has no file")
    failures += 1
sys.exit(1 if failures else 0)
