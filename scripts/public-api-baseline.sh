#!/usr/bin/env bash
# Writes the PublicAPI.Shipped.txt files of one package from what it declares today (for a new package under src/,
# or after an intended change): builds it with RS0016 as a warning, collects the undeclared symbols per target framework,
# and writes those common to every target to PublicAPI.Shipped.txt and the rest to PublicAPI/<tfm>/PublicAPI.Shipped.txt.
# Creates an empty PublicAPI.Unshipped.txt if there is none. Review the diff before committing.
#   usage: scripts/public-api-baseline.sh src/Insider.LiveActivity.Hosting/Insider.LiveActivity.Hosting.csproj
set -euo pipefail
project=${1:?usage: $0 path/to/Package.csproj}
dir=$(dirname "$project")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

[ -f "$dir/PublicAPI.Shipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
[ -f "$dir/PublicAPI.Unshipped.txt" ] || printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"

dotnet build "$project" -c Release --no-incremental -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= 2>&1 \
  | grep -a 'warning RS0016' \
  | sed -nE "s/.*Symbol '(.*)' is not part of the declared public API.*TargetFramework=([A-Za-z0-9.]+)\].*/\2\t\1/p" \
  | sort -u > "$work/undeclared.tsv" || true

if [ ! -s "$work/undeclared.tsv" ]; then
  echo "nothing undeclared in $project"
  exit 0
fi

cut -f1 "$work/undeclared.tsv" | sort -u > "$work/tfms"
tfm_count=$(wc -l < "$work/tfms")
# A symbol undeclared in every target goes to the shared file; the others to their target's file.
cut -f2 "$work/undeclared.tsv" | sort | uniq -c | awk -v n="$tfm_count" '$1 == n { sub(/^ *[0-9]+ /, ""); print }' > "$work/common"
{ tail -n +2 "$dir/PublicAPI.Shipped.txt"; cat "$work/common"; } | LC_ALL=C sort -u > "$work/shipped"
{ echo '#nullable enable'; cat "$work/shipped"; } > "$dir/PublicAPI.Shipped.txt"

while read -r tfm; do
  awk -F'\t' -v t="$tfm" '$1 == t { print $2 }' "$work/undeclared.tsv" | LC_ALL=C sort -u | LC_ALL=C comm -23 - <(LC_ALL=C sort -u "$work/common") > "$work/only"
  if [ -s "$work/only" ]; then
    mkdir -p "$dir/PublicAPI/$tfm"
    file="$dir/PublicAPI/$tfm/PublicAPI.Shipped.txt"
    { [ -f "$file" ] && tail -n +2 "$file"; cat "$work/only"; } | LC_ALL=C sort -u > "$work/tfm-shipped"
    { echo '#nullable enable'; cat "$work/tfm-shipped"; } > "$file"
  fi
done < "$work/tfms"
echo "declared $(wc -l < "$work/common") shared symbol(s) in $dir/PublicAPI.Shipped.txt"
