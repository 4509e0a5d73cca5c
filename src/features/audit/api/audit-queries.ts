import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { operations } from '@/api/schema';
import { api, unwrap } from '@/api/client';
import { problemFromResponse } from '@/api/api-error';

export type AuditQuery = NonNullable<operations['listAuditEvents']['parameters']['query']>;
export type AuditExportQuery = operations['exportAuditEvents']['parameters']['query'];

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditQuery) => [...auditKeys.all, 'list', query] as const,
  staff: () => ['staff'] as const,
};

export function useAuditLog(query: AuditQuery) {
  return useQuery({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/audit-events', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Everyone who can appear as an actor, for the actor filter. */
export function useActors() {
  return useQuery({ queryKey: auditKeys.staff(), queryFn: ({ signal }) => unwrap(api.GET('/staff', { signal })), staleTime: 5 * 60_000 });
}

/**
 * Downloads the log on the current filters as CSV. The server records the export with the reason
 * (so the log then holds one more entry: the lists are refreshed to show it).
 */
export function useExportAuditLog() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (query: AuditExportQuery) => {
      const { data, error, response } = await api.GET('/audit-events/export', { params: { query }, parseAs: 'blob' });
      if (!response.ok || !data) throw problemFromResponse(response, error);
      const disposition = response.headers.get('Content-Disposition') ?? '';
      const fileName = /filename="([^"]+)"/.exec(disposition)?.[1] ?? 'audit-log.csv';
      return { blob: data, fileName };
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
}

/** Saves a server-made file as it came (BOM included, which Belgian Excel needs). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
