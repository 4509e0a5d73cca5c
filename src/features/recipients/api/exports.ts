import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { operations } from '@/api/schema';
import { downloadCsv } from '@/lib/csv';

export type RegisterExportQuery = NonNullable<operations['exportRecipients']['parameters']['query']>;
export type DisclosureExportQuery = NonNullable<operations['exportDisclosures']['parameters']['query']>;

export type ExportRequest = { kind: 'register'; query: RegisterExportQuery } | { kind: 'disclosures'; query: DisclosureExportQuery };

/** The file name the server offers (Content-Disposition), or a fallback. */
function fileNameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Asks the server for the CSV (it records the export and its reason in the audit log) and offers
 * the file as it came: read as bytes, so the byte-order mark Belgian Excel needs survives.
 */
export function useCsvExport() {
  return useMutation({
    mutationFn: async (request: ExportRequest) => {
      let fileName = '';
      const call =
        request.kind === 'register'
          ? api.GET('/exports/recipients', { params: { query: request.query }, parseAs: 'blob' })
          : api.GET('/exports/disclosures', { params: { query: request.query }, parseAs: 'blob' });
      const blob = await unwrap(
        call.then((result) => {
          fileName = fileNameOf(result.response, request.kind === 'register' ? 'recipients-register.csv' : 'disclosure-log.csv');
          return result;
        }),
      );
      downloadCsv(fileName, blob);
      return fileName;
    },
  });
}
