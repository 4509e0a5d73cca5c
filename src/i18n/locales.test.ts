import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildResources, LANGUAGES } from './index';

const root = join(__dirname, 'locales');

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(path, leaf);
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

function load(lang: string): Map<string, Map<string, unknown>> {
  const files = readdirSync(join(root, lang)).filter((name) => name.endsWith('.json'));
  return new Map(files.map((file) => [file, flatten(JSON.parse(readFileSync(join(root, lang, file), 'utf8')))]));
}

// Every area's strings exist in Dutch and in English, with the same keys: a screen is never half
// translated. This covers files other areas add, without a list to keep up to date.
describe('translations', () => {
  const byLanguage = new Map(LANGUAGES.map((lang) => [lang, load(lang)]));
  const en = byLanguage.get('en');
  const nl = byLanguage.get('nl');

  it('has the same files in every language', () => {
    expect([...(nl?.keys() ?? [])].sort()).toEqual([...(en?.keys() ?? [])].sort());
  });

  for (const [file, enKeys] of en ?? []) {
    it(`${file}: Dutch and English have the same keys`, () => {
      const nlKeys = nl?.get(file) ?? new Map<string, unknown>();
      expect([...nlKeys.keys()].sort()).toEqual([...enKeys.keys()].sort());
    });

    it(`${file}: no empty strings, and placeholders match`, () => {
      const nlKeys = nl?.get(file) ?? new Map<string, unknown>();
      for (const [key, value] of enKeys) {
        const other = nlKeys.get(key);
        if (typeof value === 'string') {
          expect(value.trim(), `en ${file} ${key}`).not.toBe('');
          expect(typeof other === 'string' ? other.trim() : '', `nl ${file} ${key}`).not.toBe('');
          const placeholders = (text: unknown) => [...String(text).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
          expect(placeholders(other), `${file} ${key}`).toEqual(placeholders(value));
        } else if (Array.isArray(value)) {
          expect(Array.isArray(other) ? other.length : -1, `${file} ${key} list length`).toBe(value.length);
        }
      }
    });
  }
});

describe('buildResources', () => {
  it('turns kebab-case file names into camelCase key prefixes', () => {
    const resources = buildResources({
      './locales/en/consent-rates.json': { title: 'Rates' },
      './locales/nl/consent-rates.json': { title: 'Percentages' },
    });
    expect(resources).toEqual({
      en: { translation: { consentRates: { title: 'Rates' } } },
      nl: { translation: { consentRates: { title: 'Percentages' } } },
    });
  });
});
