import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { useFreezeReport } from '../api/report-queries';

/** FreezeReportRequest.note in the contract. */
const NOTE_RULE: TextRule = { max: 4000, multiline: true };

interface FreezeDialogProps {
  opened: boolean;
  onClose: () => void;
  period: string;
  periodName: string;
  frozenPath: (reportId: string) => string;
}

/** Freezing stores the report as it is now, with who and when; the frozen copy then opens unchanged. */
export function FreezeDialog({ opened, onClose, period, periodName, frozenPath }: FreezeDialogProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const freeze = useFreezeReport();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [general, setGeneral] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm({ mode: 'controlled', initialValues: { note: '' }, validate: { note: (value) => textError(value, NOTE_RULE) } });

  const submit = form.onSubmit(async ({ note }) => {
    setGeneral(null);
    try {
      const frozen = await freeze.mutateAsync({ period, note, idempotencyKey });
      form.reset();
      setIdempotencyKey(crypto.randomUUID());
      onClose();
      await navigate(frozenPath(frozen.id));
    } catch (error) {
      if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
      else setGeneral(error);
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('reportsReport.freeze.title', { period: periodName })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('reportsReport.freeze.body')}</Text>
          <ServerError error={general} title={t('reportsReport.freeze.failed')} otherwise={t('reportsReport.freeze.unknownError')} />
          <Textarea label={t('reportsReport.freeze.note')} description={t('reportsReport.freeze.noteHelp')} rows={3} {...form.getInputProps('note')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('reportsReport.freeze.cancel')}
            </Button>
            <Button type="submit" loading={freeze.isPending}>
              {t('reportsReport.freeze.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
