import { describe, expect, it } from 'vitest';
import { buildVersionBody, isGreaterVersion, suggestNextVersion, validateVersionDraft } from './version-draft';

describe('version numbers', () => {
  it('suggests a minor step for a material change and a patch otherwise', () => {
    expect(suggestNextVersion('2.9.3', true)).toBe('2.10.0');
    expect(suggestNextVersion('2.9.3', false)).toBe('2.9.4');
    expect(suggestNextVersion(undefined, true)).toBe('1.0.0');
  });

  it('compares as numbers, not as text', () => {
    expect(isGreaterVersion('2.10.0', '2.9.3')).toBe(true);
    expect(isGreaterVersion('2.9.3', '2.9.3')).toBe(false);
    expect(isGreaterVersion('1.99.0', '2.0.0')).toBe(false);
    expect(isGreaterVersion('v2', '1.0.0')).toBe(false);
  });
});

describe('validateVersionDraft', () => {
  const key = (k: string) => k;
  it('asks for a greater version, a date and both summaries', () => {
    expect(validateVersionDraft({ version: '1.0.0', effectiveOn: '', material: true, summary: { nl: ' ', en: 'x' } }, '1.2.0', key)).toEqual({
      version: 'versionNotGreater',
      effectiveOn: 'effectiveOn',
      'summary.nl': 'summaryNl',
    });
    expect(validateVersionDraft({ version: 'two', effectiveOn: '2027-01-01', material: false, summary: { nl: 'a', en: 'b' } }, '1.2.0', key)).toEqual({ version: 'version' });
  });

  it('builds a trimmed body', () => {
    expect(buildVersionBody({ version: ' 1.3.0 ', effectiveOn: '2027-01-01', material: true, summary: { nl: ' a ', en: ' b ' } })).toEqual({ version: '1.3.0', effectiveOn: '2027-01-01', material: true, summary: { nl: 'a', en: 'b' } });
  });
});
