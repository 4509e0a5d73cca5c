import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { saveBlob, useExportAuditLog, type AuditQuery } from '../api/audit-queries';
import { exportFilters } from '../lib/audit-search-params';

/** The `reason` query parameter of GET /audit-events/export: one line, 3 to 500 characters. */
const REASON_RULE: TextRule = { max: 500, min: 3, required: true };

/** Asks why the log leaves the console; the server records the export with that reason. */
export function ExportDialog({ opened, onClose, query, total }: { opened: boolean; onClose: () => void; query: AuditQuery; total: number }) {
  const { t } = useTranslation();
  const exporter = useExportAuditLog();
  const textError = useTextError();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setReason('');
    setError(null);
    exporter.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problem = textError(reason, REASON_RULE, { required: t('auditLog.export.reasonRequired'), tooShort: t('auditLog.export.reasonRequired') });
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    exporter.mutate(
      { ...exportFilters(query), reason: reason.trim() },
      {
        onSuccess: ({ blob, fileName }) => {
          saveBlob(blob, fileName);
          close();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={close} title={t('auditLog.export.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('auditLog.export.explanation', { count: total })}</Text>
          {exporter.error ? (
            <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('auditLog.export.failed')}>
              {isApiError(exporter.error) ? (exporter.error.fieldErrors[0]?.detail ?? exporter.error.problem.detail) : null}
            </Alert>
          ) : null}
          <Textarea label={t('auditLog.export.reason')} description={t('auditLog.export.reasonDescription')} required rows={2} value={reason} error={error} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('auditLog.export.cancel')}
            </Button>
            <Button type="submit" loading={exporter.isPending}>
              {t('auditLog.export.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
