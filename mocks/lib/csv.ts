import Papa from 'papaparse';

/**
 * The server's CSV writer for exports (registers, queues, logs). Same rules as the console's
 * own writer in src/lib/csv.ts (a real server has its own; mocks take nothing from src/ but
 * types): `;` by default and a UTF-8 BOM for Belgian Excel, and no cell may start a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export type CsvCell = string | number | boolean | null | undefined;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[], delimiter: ';' | ',' = ';'): string {
  const safe = (value: CsvCell) => {
    const text = value === null || value === undefined ? '' : String(value);
    return FORMULA_START.test(text) ? `'${text}` : text;
  };
  return '\uFEFF' + Papa.unparse([header.map(safe), ...rows.map((row) => row.map(safe))], { delimiter, newline: '\r\n', escapeFormulae: false });
}
