# Sourced by ./agenda, scripts/test and .ci/run: sets JAVA_HOME to a JDK 21 or newer, or says what
# is missing. Looks at JAVA_HOME first, then /usr/lib/jvm, then the java on the PATH.
java_major() {
  "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}
find_jdk() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v javac 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    local major
    major="$(java_major "$candidate")"
    if [ -n "$major" ] && [ "$major" -ge 21 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
if ! JAVA_HOME="$(find_jdk)"; then
  echo "agenda: no JDK 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm/* and the PATH)." >&2
  echo "        Install one (Debian: apt-get install openjdk-21-jdk, or Temurin 21+) or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"

# The Maven to build with: the project's wrapper (the pinned Maven, fetched from Maven Central on
# first use: needs only the JDK), else an installed mvn.
maven_command() {
  if [ -x "$1/mvnw" ]; then
    echo "$1/mvnw"
  else
    echo mvn
  fi
}
