#!/bin/sh
# Bulk-import this folder into a new Neo4j 5 database (offline: stop the database first).
# Usage: NEO4J_HOME=/path/to/neo4j sh import.sh [database]
# Then start Neo4j (for a database other than neo4j: CREATE DATABASE name).
set -eu
DIR=$(cd "$(dirname "$0")" && pwd)
DB=${1:-neo4j}
"${NEO4J_HOME:-.}/bin/neo4j-admin" database import full "$DB" --overwrite-destination \
  --nodes="$DIR/person.csv" \
  --nodes="$DIR/organization.csv" \
  --nodes="$DIR/place.csv" \
  --nodes="$DIR/article.csv" \
  --nodes="$DIR/statement.csv" \
  --relationships="$DIR/relationships.csv" \
  --array-delimiter=";" --multiline-fields=true --id-type=string
