#!/usr/bin/env bash
# Parser fuzzer: mutated CPython 3.12 Lib sources and generated deep nesting, 100,000 inputs by default.
# Every input must end in an AST or a Python error (CPython's own for deep nesting), within the time bound.
#   tests/parser/fuzz.sh [--inputs N] [--seed S] [--timeout-ms T] [--jobs J] [--lib DIR]
#                        [--save-failures DIR] [--only K,K...] [--mutator NAME] [--dump DIR]
# Lib: --lib, else $KILN_CPYTHON_LIB, else `pyenv prefix 3.12.1`/lib/python3.12, else /usr/lib/python3.12.
# A failure prints its input index; `--seed S --only K` reruns that input alone. Exit status 1 on any failure.
# --dump DIR keeps every input and Kiln's outcome; tests/parser/fuzz_compare.py DIR then compares with CPython.
set -euo pipefail

KILN_HOME="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/../.." && pwd)"
# shellcheck source=../../tools/kiln-env.sh
. "$KILN_HOME/tools/kiln-env.sh"
kiln_find_java || exit 1

# The fuzzer lives in the parser's test sources.
(cd "$KILN_HOME" && JAVA_HOME="$KILN_JAVA_HOME" mvn -q -B -pl parser -DskipTests test-compile)

exec "$KILN_JAVA" -XX:+UseParallelGC ${KILN_JAVA_OPTS:-} \
  -cp "$KILN_HOME/parser/target/classes:$KILN_HOME/parser/target/test-classes" \
  kiln.parser.fuzz.ParserFuzzer "$@"
