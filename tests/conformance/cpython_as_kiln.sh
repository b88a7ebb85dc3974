#!/bin/sh
# Stands in for ./kiln by running CPython 3.12 (KILN_CPYTHON, else pyenv's 3.12.1, else python3.12), to
# check the conformance runner itself: `python tests/conformance/run.py --kiln tests/conformance/cpython_as_kiln.sh`
# must report every program as passed.
if [ -n "$KILN_CPYTHON" ]; then exec "$KILN_CPYTHON" "$@"; fi
if p=$(pyenv prefix 3.12.1 2>/dev/null) && [ -x "$p/bin/python3.12" ]; then exec "$p/bin/python3.12" "$@"; fi
for c in "$HOME"/.pyenv/versions/3.12*/bin/python3.12; do [ -x "$c" ] && exec "$c" "$@"; done
exec python3.12 "$@"
