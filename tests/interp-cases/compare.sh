#!/bin/bash
# Compares kiln.runtime.interp.DevMain against CPython 3.12 on the given programs (see README.md).
mode=""
if [ "$1" = "--kiln" ]; then mode="--kiln"; shift; fi
extra=""
if [ "$1" = "--noq" ]; then extra="-X quicken=off"; shift; fi
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
pass=0; fail=0
for f in "$@"; do
  d=$(dirname "$f"); b=$(basename "$f")
  exp=$(cd "$d" && PYENV_VERSION=3.12.1 timeout 20 python "$b" 2>&1; echo "exit=$?")
  got=$(cd "$d" && timeout 60 "$JAVA" -Xss512m -cp "$KILN_CP" kiln.runtime.interp.DevMain $mode $extra "$b" 2>&1; echo "exit=$?")
  if [ "$exp" == "$got" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $f"; diff <(echo "$exp") <(echo "$got") | head -20; fi
done
echo "interp-cases: $pass passed, $fail failed"
