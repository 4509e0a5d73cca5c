#!/usr/bin/env node
// Fails when the files generated from src/api/openapi.yaml are not what the contract generates
// today, so a contract change cannot land without its types (and the JSON copy the mock API and
// the contract guard validate with).
//   src/api/schema.d.ts   openapi-typescript output, compared byte for byte
//   src/api/openapi.json  scripts/gen-contract-json.mjs output, compared as data
// Generation happens in a temporary directory: the working tree is never touched.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const contract = join(root, 'src/api/openapi.yaml');
const typesFile = join(root, 'src/api/schema.d.ts');
const jsonFile = join(root, 'src/api/openapi.json');
const problems = [];

const temp = mkdtempSync(join(tmpdir(), 'engcode-api-types-'));
try {
  const generated = join(temp, 'schema.d.ts');
  execFileSync(join(root, 'node_modules/.bin/openapi-typescript'), [contract, '-o', generated, '--silent'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const expected = readFileSync(generated, 'utf8');
  const actual = existsSync(typesFile) ? readFileSync(typesFile, 'utf8') : null;
  if (actual === null) {
    problems.push('src/api/schema.d.ts is missing');
  } else if (actual !== expected) {
    const a = actual.split('\n');
    const e = expected.split('\n');
    let line = 0;
    while (line < Math.max(a.length, e.length) && a[line] === e[line]) line++;
    problems.push(
      `src/api/schema.d.ts differs from what the contract generates, first at line ${line + 1}:\n` +
        `      committed: ${JSON.stringify(a[line] ?? '<end of file>')}\n` +
        `      generated: ${JSON.stringify(e[line] ?? '<end of file>')}`,
    );
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (!existsSync(jsonFile)) {
  problems.push('src/api/openapi.json is missing');
} else if (!isDeepStrictEqual(JSON.parse(readFileSync(jsonFile, 'utf8')), parse(readFileSync(contract, 'utf8')))) {
  problems.push('src/api/openapi.json is not the same document as src/api/openapi.yaml');
}

if (problems.length > 0) {
  console.error('check:api-types: the generated API files are out of date:');
  for (const problem of problems) console.error(`  - ${problem}`);
  console.error('Run `npm run gen:api` and commit the result.');
  process.exit(1);
}
console.log('check:api-types: src/api/schema.d.ts and src/api/openapi.json match src/api/openapi.yaml.');
