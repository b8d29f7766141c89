#!/usr/bin/env bash
# Applies configure.cli to the unpacked WildFly once; `mvn clean` unpacks and configures it afresh.
set -euo pipefail
home="$1"
properties="$2"
marker="$home/.hearth-configured"
config="$home/standalone/configuration/standalone.xml"
# The marker alone is not trusted: a re-unpacked zip restores the stock standalone.xml beside an old marker.
[ -f "$marker" ] && grep -q 'HearthDS' "$config" && exit 0

# A run that failed half-way leaves a module or an edited standalone.xml behind: start from the originals.
[ -f "$config.original" ] && cp "$config.original" "$config" || cp "$config" "$config.original"
rm -rf "$home/modules/org/postgresql"

JBOSS_HOME="$home" "$home/bin/jboss-cli.sh" --file="$(dirname "$0")/configure.cli" --properties="$properties"
rm -rf "$home/standalone/data" "$home/standalone/log" "$home/standalone/tmp" "$home/standalone/configuration/standalone_xml_history"
touch "$marker"
