import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { saveBlob, useExportAuditLog, type AuditQuery } from '../api/audit-queries';
import { exportFilters } from '../lib/audit-search-params';

/** Asks why the log leaves the console; the server records the export with that reason. */
export function ExportDialog({ opened, onClose, query, total }: { opened: boolean; onClose: () => void; query: AuditQuery; total: number }) {
  const { t } = useTranslation();
  const exporter = useExportAuditLog();
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
    if (reason.trim().length < 3) {
      setError(t('auditLog.export.reasonRequired'));
      return;
    }
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
          <Textarea label={t('auditLog.export.reason')} description={t('auditLog.export.reasonDescription')} required rows={2} maxLength={500} value={reason} error={error} onChange={(event) => setReason(event.currentTarget.value)} data-autofocus />
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
