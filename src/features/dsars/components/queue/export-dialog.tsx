import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useDisclosure } from '@mantine/hooks';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DsarListQuery } from '../../api/dsar-keys';
import { useExportDsars } from '../../api/export-dsars';
import { fieldErrorsOf, isGeneralError } from '../detail/form-errors';
import { ServerError } from '@/components/states/server-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

/** The `reason` query parameter of GET /dsars/export in the contract. */
const REASON_RULE: TextRule = { max: 500, min: 3, required: true };

export interface ExportDialogProps {
  /** The queue's current filters and sort; paging does not apply (the file holds every match). */
  query: DsarListQuery;
  totalItems: number | null;
  /** Support staff's file has names and email addresses masked, as on screen. */
  masked: boolean;
}

/** Asks why (the audit log keeps it) and which separator, then lets the server write the file. */
export const ExportDialog = memo(function ExportDialog({ query, totalItems, masked }: ExportDialogProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const exporter = useExportDsars();
  const textError = useTextError();
  const form = useForm({
    initialValues: { reason: '', delimiter: 'semicolon' as 'semicolon' | 'comma' },
    validate: {
      reason: (value) => textError(value, REASON_RULE, { required: t('dsarQueueActions.export.reasonRequired'), tooShort: t('dsarQueueActions.export.reasonRequired') }),
    },
  });

  const submit = form.onSubmit((values) => {
    const { page: _page, pageSize: _pageSize, ...filters } = query;
    exporter.mutate(
      { ...filters, reason: values.reason.trim(), delimiter: values.delimiter },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dsarQueueActions.export.done') });
          form.reset();
          close();
        },
        onError: (error) => {
          const fields = fieldErrorsOf(error);
          if (fields['query.reason']) form.setFieldError('reason', fields['query.reason']);
        },
      },
    );
  });

  return (
    <>
      <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={open} disabled={totalItems === 0}>
        {t('dsarQueueActions.export.open')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('dsarQueueActions.export.title')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">
              {totalItems === null ? t('dsarQueueActions.export.scopeUnknown') : t('dsarQueueActions.export.scope', { count: totalItems })}{' '}
              {masked ? t('dsarQueueActions.export.masked') : t('dsarQueueActions.export.unmasked')}
            </Text>
            <TextInput
              label={t('dsarQueueActions.export.reason')}
              description={t('dsarQueueActions.export.reasonHint')}
              required
              data-autofocus
              {...form.getInputProps('reason')}
            />
            <Radio.Group label={t('dsarQueueActions.export.delimiter')} {...form.getInputProps('delimiter')}>
              <Stack gap="xs" mt={6}>
                <Radio value="semicolon" label={t('dsarQueueActions.export.semicolon')} />
                <Radio value="comma" label={t('dsarQueueActions.export.comma')} />
              </Stack>
            </Radio.Group>
            {exporter.error && (isGeneralError(exporter.error) || !form.errors.reason) ? <ServerError error={exporter.error} title={t('dsarQueueActions.export.failed')} /> : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('dsarQueueActions.export.cancel')}
              </Button>
              <Button type="submit" loading={exporter.isPending} leftSection={<IconDownload size={16} aria-hidden />}>
                {t('dsarQueueActions.export.download')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
});
