#!/usr/bin/env bash
# Sets up a fresh clone: installs the pinned pnpm when missing, the dependencies from the
# lockfile, and builds every package.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=10.34.8
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  npm install -g "pnpm@$PNPM_VERSION"
fi

pnpm install --frozen-lockfile
pnpm build
