import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('the mock server CSV writer', () => {
  it('writes a BOM and semicolons, quoting what needs it', () => {
    expect(toCsv(['a', 'b'], [['x;y', 2]])).toBe('\uFEFFa;b\r\n"x;y";2');
  });

  it('never lets a cell start a formula, and keeps every value (10,000 generated strings)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (value) => {
        const parsed = Papa.parse<string[]>(toCsv(['h'], [[value]], ',').slice(1), { delimiter: ',', newline: '\r\n' });
        const cell = parsed.data[1]?.[0] ?? '';
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(cell.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(value);
      }),
      { numRuns: 10_000 },
    );
  });
});
