import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '@/api/client';
import type { operations } from '@/api/schema';
import { downloadCsv } from '@/lib/csv';

export type DsarExportQuery = NonNullable<operations['exportDsars']['parameters']['query']>;

/**
 * The server writes the whole filtered queue (and audits it with the reason); the browser only
 * saves the file. Read as a Blob: decoding it as text would drop the byte-order mark Excel needs.
 */
export function useExportDsars() {
  return useMutation({
    mutationFn: async (query: DsarExportQuery) => {
      const file = await unwrap(api.GET('/dsars/export', { params: { query }, parseAs: 'blob' }));
      downloadCsv(`dsars-${new Date().toISOString().slice(0, 10)}.csv`, file);
    },
  });
}
