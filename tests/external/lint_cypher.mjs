// Check Cypher files with Neo4j's own parser and linter (@neo4j-cypher/language-support).
// Usage (from a folder where that package is installed): node lint_cypher.mjs FILE...
// Exits 1 when a file has a syntax error; warnings are printed but do not fail.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync } from 'node:fs';

let errors = 0;
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, 'utf8');
  const { diagnostics } = lintCypherQuery(text, {});
  for (const d of diagnostics) {
    const kind = d.severity === 1 ? 'error' : 'warning';
    if (d.severity === 1) errors += 1;
    console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${kind}: ${d.message}`);
  }
  console.log(`${file}: ${diagnostics.length} diagnostic(s)`);
}
process.exit(errors > 0 ? 1 : 0);
