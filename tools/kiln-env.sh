# Shared by ./kiln and ./run-tests: locate a JDK 25 and keep the build current.
# Sets KILN_JAVA_HOME, KILN_JAVA and KILN_CLASSPATH.

KILN_MIN_JAVA=25

# Prints the major version recorded in a JDK's `release` file (no JVM start needed), or nothing.
kiln_jdk_major() {
  local home="$1" v
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] && [ -f "$home/release" ] || return 0
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  printf '%s' "$v"
}

kiln_find_java() {
  local cand major
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  for cand in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25* /usr/lib/jvm/jdk-25* /usr/lib/jvm/* /opt/java/* /opt/jdk*; do
    [ -d "$cand" ] && candidates+=("$cand")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for cand in "${candidates[@]}"; do
    major=$(kiln_jdk_major "$cand")
    if [ -n "$major" ] && [ "$major" -ge "$KILN_MIN_JAVA" ]; then
      KILN_JAVA_HOME="$cand"
      KILN_JAVA="$cand/bin/java"
      return 0
    fi
  done
  echo "kiln: needs a JDK $KILN_MIN_JAVA or newer; set JAVA_HOME to one (looked in JAVA_HOME, /usr/lib/jvm, /opt)" >&2
  return 1
}

KILN_BUILD_DIR="$KILN_HOME/.kiln-build"
KILN_CLASSPATH="$KILN_HOME/parser/target/classes:$KILN_HOME/compiler/target/classes:$KILN_HOME/runtime/target/classes:$KILN_HOME/cli/target/classes"

# True when a source or build file is newer than the last successful build.
kiln_is_stale() {
  [ -f "$KILN_BUILD_DIR/stamp" ] || return 0
  [ -n "$(find "$KILN_HOME/pom.xml" "$KILN_HOME"/*/pom.xml "$KILN_HOME"/*/src/main \
          -newer "$KILN_BUILD_DIR/stamp" \( -type f -o -type d \) -print -quit 2>/dev/null)" ]
}

kiln_build_if_stale() {
  kiln_is_stale || return 0
  mkdir -p "$KILN_BUILD_DIR"
  (
    # One build at a time when several kiln commands start together.
    flock 9
    kiln_is_stale || exit 0
    echo "kiln: building (sources changed)..." >&2
    touch "$KILN_BUILD_DIR/stamp.new"
    if ! JAVA_HOME="$KILN_JAVA_HOME" mvn -B -q -f "$KILN_HOME/pom.xml" -DskipTests compile >"$KILN_BUILD_DIR/build.log" 2>&1; then
      cat "$KILN_BUILD_DIR/build.log" >&2
      echo "kiln: build failed (log: $KILN_BUILD_DIR/build.log)" >&2
      exit 1
    fi
    mv "$KILN_BUILD_DIR/stamp.new" "$KILN_BUILD_DIR/stamp"
  ) 9>"$KILN_BUILD_DIR/lock"
}
