#!/bin/sh
# Install the Debian packages named as arguments that are not installed yet (as root or via sudo).
missing=""
for pkg in "$@"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "briefing: please install these system packages:$missing" >&2
  exit 0
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq || exit 1
# A package this distribution does not have (Ubuntu ships chromium only as a snap) is named and
# left out: the tests that need it say so and skip, or use a substitute (see tests/conftest.py).
available=""
for pkg in $missing; do
  if apt-cache show "$pkg" >/dev/null 2>&1 && [ -n "$(apt-cache policy "$pkg" | sed -n 's/^ *Candidate: //p' | grep -v none)" ]; then
    available="$available $pkg"
  else
    echo "briefing: apt has no package $pkg here; leaving it out" >&2
  fi
done
[ -z "$available" ] && exit 0
echo "installing Debian packages:$available"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $available
