import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { useCsvExport, type ExportRequest } from '../../api/exports';

type ExportTarget = { kind: 'register'; query: Omit<Extract<ExportRequest, { kind: 'register' }>['query'], 'reason'> } | { kind: 'disclosures'; query: Omit<Extract<ExportRequest, { kind: 'disclosures' }>['query'], 'reason'> };

export interface ExportButtonProps {
  target: ExportTarget;
  /** The button's words ("Export the register (CSV)"). */
  label: string;
  /** What the file holds and which filters apply, said in the dialog. */
  description: string;
}

/** The ExportReason query parameter in the contract: one line, 3 to 500 characters. */
const REASON_RULE: TextRule = { max: 500, min: 3, required: true };

/**
 * A server-side CSV export: the server records who exported what and why, so the dialog asks for
 * the reason first. The file is semicolon-separated UTF-8 for Belgian Excel, without formulas.
 */
export function ExportButton({ target, label, description }: ExportButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const exporter = useCsvExport();
  const textError = useTextError();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    const problem = textError(reason, REASON_RULE, { required: t('recipientRegister.export.reasonRequired'), tooShort: t('recipientRegister.export.reasonRequired') });
    if (problem) {
      setError(problem);
      return;
    }
    setError(undefined);
    const request: ExportRequest = target.kind === 'register' ? { kind: 'register', query: { ...target.query, reason: trimmed } } : { kind: 'disclosures', query: { ...target.query, reason: trimmed } };
    exporter.mutate(request, {
      onSuccess: (fileName) => {
        notifications.show({ color: 'green', message: t('recipientRegister.export.done', { fileName }) });
        setReason('');
        close();
      },
    });
  };

  return (
    <>
      <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={label}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{description}</Text>
            <Text size="sm" c="dimmed">
              {t('recipientRegister.export.format')}
            </Text>
            {exporter.isError ? (
              <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={t('recipientRegister.export.failed')}>
                {isApiError(exporter.error) ? exporter.error.problem.detail : null}
              </Alert>
            ) : null}
            <Textarea
              label={t('recipientRegister.export.reason')}
              description={t('recipientRegister.export.reasonDescription')}
              required
              rows={2}
              value={reason}
              error={error}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('recipientRegister.export.cancel')}
              </Button>
              <Button type="submit" loading={exporter.isPending}>
                {t('recipientRegister.export.download')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
