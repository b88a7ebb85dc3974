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
KILN_MODULES="parser compiler runtime cli"
# The launcher runs Kiln from one jar (the JDK's AOT cache only takes jars); the class folders are Maven's.
KILN_JAR="$KILN_BUILD_DIR/kiln.jar"
KILN_AOT="$KILN_BUILD_DIR/kiln.aot"
KILN_CLASSPATH="$KILN_JAR"
# JVM options of every Kiln run; the AOT cache is made with the same ones, as the JDK requires.
# SerialGC: best start-up and footprint on small machines; the big parser stack is set by Main's thread.
KILN_JVM_OPTS=(-XX:+UseSerialGC)

# The options that use the AOT cache when the build made one (class loading and linking done ahead of time).
kiln_aot_opts() {
  KILN_AOT_OPTS=()
  # A cache that does not match the jar is ignored by the JVM; its complaint must not reach a program's stderr.
  [ -f "$KILN_AOT" ] && KILN_AOT_OPTS=(-XX:AOTCache="$KILN_AOT" -Xlog:aot=off -Xlog:cds=off)
  return 0
}

# The jar of the compiled classes, then the AOT cache from a training run (tools/aot-training.py). A failed
# training run only costs start-up time: Kiln runs without the cache.
kiln_package() {
  local staging="$KILN_BUILD_DIR/classes" m
  rm -rf "$staging" "$KILN_JAR" "$KILN_AOT"
  mkdir -p "$staging"
  for m in $KILN_MODULES; do cp -R "$KILN_HOME/$m/target/classes/." "$staging/"; done
  "$KILN_JAVA_HOME/bin/jar" --create --file "$KILN_JAR" -C "$staging" . || return 1
  rm -rf "$staging"
  if ! "$KILN_JAVA" "${KILN_JVM_OPTS[@]}" -XX:AOTCacheOutput="$KILN_AOT" -Dkiln.home="$KILN_HOME" \
      -cp "$KILN_JAR" kiln.cli.Main "$KILN_HOME/tools/aot-training.py" >>"$KILN_BUILD_DIR/build.log" 2>&1; then
    echo "kiln: no AOT cache (training run failed, see $KILN_BUILD_DIR/build.log); start-up will be slower" >&2
    rm -f "$KILN_AOT"
  fi
  return 0
}

# True when a source or build file is newer than the last successful build.
kiln_is_stale() {
  [ -f "$KILN_BUILD_DIR/stamp" ] && [ -f "$KILN_JAR" ] || return 0
  [ -n "$(find "$KILN_HOME/pom.xml" "$KILN_HOME"/*/pom.xml "$KILN_HOME"/*/src/main "$KILN_HOME/tools/aot-training.py" \
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
    kiln_package || { echo "kiln: packaging failed (log: $KILN_BUILD_DIR/build.log)" >&2; exit 1; }
    mv "$KILN_BUILD_DIR/stamp.new" "$KILN_BUILD_DIR/stamp"
  ) 9>"$KILN_BUILD_DIR/lock"
}
