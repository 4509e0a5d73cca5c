// Writes src/api/openapi.json from src/api/openapi.yaml: the same document, parsed once, for the
// mock API's request validation, the tests' contract guard and the in-console API reference.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const source = new URL('../src/api/openapi.yaml', import.meta.url);
const target = new URL('../src/api/openapi.json', import.meta.url);
const doc = parse(readFileSync(source, 'utf8'));
writeFileSync(target, `${JSON.stringify(doc, null, 1)}\n`);
