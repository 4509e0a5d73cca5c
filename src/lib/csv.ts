import Papa from 'papaparse';

/**
 * CSV that opens cleanly in Belgian Excel and cannot carry a formula (CWE-1236).
 *
 * Excel in a Belgian locale splits on `;`, not `,`, and reads a file without a byte-order mark
 * as the system code page, mangling "é" and "ë": so the default is `;` with a UTF-8 BOM.
 * A cell that starts with = + - @, a tab or a carriage return would be run as a formula
 * (OWASP "CSV injection"): it gets a leading apostrophe, which Excel shows as text.
 */
export type CsvDelimiter = ';' | ',';

export const UTF8_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
}

function cell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  return neutraliseFormula(String(value));
}

/** The whole file as text: BOM, a header row, then one row per record, CRLF line ends (RFC 4180). */
export function buildCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[], delimiter: CsvDelimiter = ';'): string {
  const data = [columns.map((column) => cell(column.header)), ...rows.map((row) => columns.map((column) => cell(column.value(row))))];
  return UTF8_BOM + Papa.unparse(data, { delimiter, newline: '\r\n', quotes: false, escapeFormulae: false });
}

/** Offers the text (or a file the server wrote, as a Blob) as a file download; nothing is sent anywhere. */
export function downloadCsv(fileName: string, csv: string | Blob): void {
  const url = URL.createObjectURL(typeof csv === 'string' ? new Blob([csv], { type: 'text/csv;charset=utf-8' }) : csv);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.csv') ? fileName : `${fileName}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
