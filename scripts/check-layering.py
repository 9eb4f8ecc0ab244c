#!/usr/bin/env python3
"""Fails when a file includes a room it may not depend on.

Every include of our own code names its room by path ("core/api/signer.h", "ui/table/...").
ALLOWED below is the one-way dependency table of docs/ARCHITECTURE.md: a room may include
itself and the rooms listed for it, nothing else. A room missing from the table is an error
too, so that a new folder gets a deliberate place in the layering.

Usage: check-layering.py [SOURCE_ROOT]   (exit 0: clean; 1: violations, one line each)
"""
import os
import re
import sys

CORE = ["core/base", "core/api", "core/profiles", "core/secrets", "core/dashboard",
        "core/history"]
UI_LEAVES = ["ui/charts", "ui/tiles", "ui/table", "ui/filters", "ui/overview", "ui/profiles",
             "ui/trends", "ui/desktops"]

ALLOWED = {
    # wsdash_core, bottom to top; wsdash_secrets and wsdash_history sit on it.
    "core/base": [],
    "core/api": ["core/base"],
    "core/profiles": ["core/base", "core/api"],
    "core/secrets": ["core/base", "core/profiles"],
    "core/dashboard": ["core/base", "core/api", "core/profiles"],
    "core/history": ["core/base", "core/api", "core/dashboard"],
    # The simulator knows the wire types, never the UI or the command line.
    "sim": ["core/base", "core/api"],
    # The command line knows the core, never a widget.
    "cli": CORE,
    # The collector service (wsdash-collector): the core and the command line's option groups,
    # never a widget (no ui room: it must not link QtWidgets).
    "collector": CORE + ["cli"],
    # Widgets: the style room is shared by all; leaf features use style and the chart layer;
    # reports, the window and the alert controls compose the leaves.
    "ui/style": CORE,
    **{leaf: CORE + ["ui/style", "ui/charts"] for leaf in UI_LEAVES},
    "ui/reports": CORE + ["ui/style", "ui/window"] + UI_LEAVES,
    "ui/window": CORE + ["ui/style", "ui/reports"] + UI_LEAVES,
    "ui/alerts": CORE + ["ui/style", "ui/window"] + UI_LEAVES,
    # The `wsdash` executable (app/main.cpp, app/demosimulator.*, and the app/modes files it
    # compiles): the headless modes and the loader of the window module. It links no widget
    # library, so it never includes ui/ or the modes that draw.
    "app/executable": CORE + ["cli", "sim"],
}
# The window module wsdash_gui (the rest of app/modes) sits on top and may include anything.
TOP = {"app/modes"}
# The files of app/modes that the executable compiles (app/CMakeLists.txt).
EXECUTABLE_MODES = {"application", "guientry", "guimodule", "headlessjobs", "modelauncher"}

INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.MULTILINE)


def room_of_file(rel):
    parts = rel.split("/")
    if parts[0] == "app":
        if parts[1] == "core":
            return "core/" + parts[2] if len(parts) > 3 else "core"
        if len(parts) == 2:
            return "app/executable"
        if parts[1] == "modes":
            return "app/executable" if _stem(parts[2]) in EXECUTABLE_MODES else "app/modes"
        return parts[1]
    if parts[0] == "ui":
        return "ui/" + parts[1] if len(parts) > 2 else "ui"
    return None


def room_of_include(path):
    parts = path.split("/")
    if parts[0] in ("core", "ui") and len(parts) > 2:
        return parts[0] + "/" + parts[1]
    if parts == ["core", "version.h"]:
        return "core/base"  # generated from core/base/version.h.in
    if parts[0] in ("cli", "sim", "collector") and len(parts) > 1:
        return parts[0]
    if parts[0] == "modes" and len(parts) == 2:
        return "app/executable" if _stem(parts[1]) in EXECUTABLE_MODES else "app/modes"
    return None  # same-folder or generated include (ui_*.h, *.moc)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))
    problems = []
    for top in ("app", "ui"):
        for folder, _, files in os.walk(os.path.join(root, top)):
            for name in sorted(files):
                if not name.endswith((".h", ".cpp")):
                    continue
                path = os.path.join(folder, name)
                rel = os.path.relpath(path, root).replace(os.sep, "/")
                room = room_of_file(rel)
                if room in TOP:
                    continue
                if room not in ALLOWED:
                    problems.append(f"{rel}: room '{room}' has no place in the layering table "
                                    "(scripts/check-layering.py, docs/ARCHITECTURE.md)")
                    continue
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                for line_no, match in _numbered(text):
                    target = room_of_include(match)
                    if target is None or target == room:
                        continue
                    if target not in ALLOWED[room]:
                        problems.append(f"{rel}:{line_no}: room '{room}' may not include "
                                        f"'{match}' (room '{target}')")
    for p in problems:
        print(p)
    if problems:
        print(f"check-layering: {len(problems)} include(s) break the one-way layering")
        return 1
    print("check-layering: every include respects the layering")
    return 0


def _stem(name):
    return name.rsplit(".", 1)[0]


def _numbered(text):
    for m in INCLUDE.finditer(text):
        yield text.count("\n", 0, m.start()) + 1, m.group(1)


if __name__ == "__main__":
    sys.exit(main())
