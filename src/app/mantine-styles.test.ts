// src/app/mantine.css lists Mantine's component styles one by one. A component rendered without
// its stylesheet still works but looks broken, and nothing else would notice: this test follows
// the import graph of every Mantine component the console (and the Mantine packages it uses)
// imports, and requires a line for each stylesheet reached, in Mantine's own order.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const coreEsm = join(root, 'node_modules/@mantine/core/esm');
const coreStyles = join(root, 'node_modules/@mantine/core/styles');

/** Every file under a directory, at any depth, whose name matches. */
function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => name.test(file))
    .map((file) => join(dir, file));
}

/** The console's own source files (not its tests), read once for both checks that need them. */
const consoleSources = filesUnder(join(root, 'src'), /(?<!\.test)\.tsx?$/).map((file) => ({ file, text: readFileSync(file, 'utf8') }));

/** Value (not type-only) names a file imports from a package. */
function namedImports(source: string, from: string): string[] {
  const pattern = new RegExp(`import\\s+(type\\s+)?\\{([^}]*)\\}\\s+from\\s+['"]${from}['"]`, 'g');
  return [...source.matchAll(pattern)]
    .filter((match) => !match[1])
    .flatMap((match) => (match[2] ?? '').split(','))
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith('type '))
    .map((name) => name.split(/\s+as\s+/)[0] ?? name);
}

/** Where @mantine/core's entry point takes each export from. */
function coreExportFiles(): Map<string, string> {
  const index = readFileSync(join(coreEsm, 'index.mjs'), 'utf8');
  const files = new Map<string, string>();
  for (const match of index.matchAll(/import \{([^}]*)\} from "(\.[^"]+)"/g)) {
    for (const name of (match[1] ?? '').split(',')) {
      const [local, alias] = name.trim().split(/\s+as\s+/);
      files.set((alias ?? local ?? '').trim(), join(coreEsm, match[2] ?? ''));
    }
  }
  return files;
}

/** Names of the CSS modules reachable from the given files (Button.module.mjs → Button). */
function reachableStyleModules(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const modules = new Set<string>();
  const pending = [...entries];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.module.mjs')) modules.add(basename(file, '.module.mjs'));
    for (const match of readFileSync(file, 'utf8').matchAll(/from "(\.[^"]+)"/g)) {
      pending.push(resolve(dirname(file), match[1] ?? ''));
    }
  }
  return modules;
}

function mantinePackageTexts(name: string): string[] {
  return filesUnder(join(root, 'node_modules/@mantine', name, 'esm'), /\.mjs$/).map((file) => readFileSync(file, 'utf8'));
}

const listed = [...readFileSync(join(root, 'src/app/mantine.css'), 'utf8').matchAll(/@import '@mantine\/core\/styles\/([A-Za-z-]+)\.css';/g)].map(
  (match) => match[1] ?? '',
);

describe('the Mantine styles the console loads (src/app/mantine.css)', () => {
  it('include the stylesheet of every Mantine component the console can render', () => {
    const exports = coreExportFiles();
    const texts = [
      ...consoleSources.map((source) => source.text),
      // Notifications and the command palette render core components of their own.
      ...mantinePackageTexts('notifications'),
      ...mantinePackageTexts('spotlight'),
    ];
    const used = new Set(texts.flatMap((text) => namedImports(text, '@mantine/core')));
    const entries = [...used].map((name) => exports.get(name)).filter((file): file is string => Boolean(file));
    expect(entries.length).toBeGreaterThan(30);
    const needed = [...reachableStyleModules(entries)].sort();
    expect(needed).toContain('Button');
    expect(needed.filter((name) => !listed.includes(name))).toEqual([]);
  });

  it('start with the global styles and keep the components in the order of Mantine’s own bundle', () => {
    expect(listed.slice(0, 3)).toEqual(['baseline', 'default-css-variables', 'global']);
    const bundle = readFileSync(join(root, 'node_modules/@mantine/core/styles.css'), 'utf8');
    const positions = listed.slice(3).map((name) => {
      const firstClass = /\.m_[0-9a-f]{8}/.exec(readFileSync(join(coreStyles, `${name}.css`), 'utf8'))?.[0];
      expect(firstClass, `${name}.css has a Mantine class`).toBeDefined();
      return bundle.indexOf(firstClass ?? '');
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('are the only Mantine core styles imported (not the whole bundle as well)', () => {
    const wholeBundle = consoleSources.filter((source) => /['"]@mantine\/core\/styles(\.layer)?\.css['"]/.test(source.text)).map((source) => source.file);
    expect(wholeBundle).toEqual([]);
  });
});
