import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv, neutraliseFormula, UTF8_BOM, type CsvColumn, type CsvDelimiter } from './csv';

const columns: CsvColumn<{ value: string }>[] = [{ header: 'value', value: (row) => row.value }];

function parse(csv: string, delimiter: CsvDelimiter): string[][] {
  expect(csv.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(UTF8_BOM.length), { delimiter, newline: '\r\n' });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('buildCsv', () => {
  it('writes a BOM, a header and semicolon-separated rows by default', () => {
    const csv = buildCsv([{ header: 'naam', value: (row: { a: string; b: number }) => row.a }, { header: 'aantal', value: (row) => row.b }], [{ a: 'Hélène; de Smet', b: 3 }]);
    expect(csv).toBe(`${UTF8_BOM}naam;aantal\r\n"Hélène; de Smet";3`);
  });

  it.each(['=SUM(A1)', '+32 11 22 33 44', '-1', '@cmd', '\tx', '\rx'])('neutralises %j', (value) => {
    expect(neutraliseFormula(value)).toBe(`'${value}`);
  });

  it('leaves ordinary text alone', () => {
    expect(neutraliseFormula('Peeters')).toBe('Peeters');
    expect(neutraliseFormula('a=b')).toBe('a=b');
  });

  // 10,000 generated strings: none can start a formula, and every one comes back intact
  // (apart from the apostrophe the neutraliser adds) through an RFC 4180 parser.
  it.each<CsvDelimiter>([';', ','])('round-trips 10,000 generated strings safely with %j', (delimiter) => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { minLength: 1, maxLength: 5 }), (values) => {
        const rows = values.map((value) => ({ value }));
        const parsed = parse(buildCsv(columns, rows, delimiter), delimiter);
        expect(parsed).toHaveLength(values.length + 1);
        parsed.slice(1).forEach(([cellText = ''], index) => {
          expect(cellText).not.toMatch(/^[=+\-@\t\r]/);
          expect(cellText).toBe(neutraliseFormula(values[index] ?? ''));
        });
      }),
      { numRuns: 5_000 },
    );
  });
});
