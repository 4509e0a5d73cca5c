import { Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconTarget } from '@tabler/icons-react';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { useDsarSettings, useUpdateDsarSettings } from '../../api/dsar-settings';
import { fieldErrorsOf, isGeneralError } from '../detail/form-errors';
import { ServerError } from '@/components/states/server-error';
import { useFocusReturnOnUnmount } from '@/hooks/use-focus-return-on-unmount';

/** Shown (hidden under the spinner) while the setting loads, so the button is as wide as it will be. */
const TYPICAL_TARGET_DAYS = 14;

/** The privacy officer sets how many days before the legal due date Engcode aims to answer. */
export const InternalTargetSetting = memo(function InternalTargetSetting() {
  const { t } = useTranslation();
  const settings = useDsarSettings();
  const [opened, { open, close }] = useDisclosure(false);
  if (settings.isError) return null;
  if (!settings.data) {
    // The button's place is kept while the setting loads, so the page below it does not move.
    return (
      <Button variant="default" leftSection={<IconTarget size={16} aria-hidden />} loading aria-label={t('dsarQueueActions.target.loading')}>
        {t('dsarQueueActions.target.button', { count: TYPICAL_TARGET_DAYS })}
      </Button>
    );
  }
  const { data, etag } = settings.data;
  return (
    <>
      <Button variant="default" leftSection={<IconTarget size={16} aria-hidden />} onClick={open}>
        {t('dsarQueueActions.target.button', { count: data.internalTargetDays })}
      </Button>
      {opened ? <TargetForm days={data.internalTargetDays} etag={etag} onClose={close} /> : null}
    </>
  );
});

/** The field's number: the number input hands over digits it cannot turn into a number as text ("07"). */
function wholeDays(value: number | string): number {
  if (typeof value === 'number') return value;
  return /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
}

function TargetForm({ days, etag, onClose }: { days: number; etag: string; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateDsarSettings();
  useFocusReturnOnUnmount();
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<{ internalTargetDays: number | string }>({
    initialValues: { internalTargetDays: days },
    validate: {
      internalTargetDays: (value) => {
        const target = wholeDays(value);
        return Number.isInteger(target) && target >= 0 && target <= 27 ? null : t('dsarQueueActions.target.range');
      },
    },
  });
  const submit = form.onSubmit((values) => {
    const internalTargetDays = wholeDays(values.internalTargetDays);
    setFailure(null);
    update.mutate(
      { etag, internalTargetDays },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('dsarQueueActions.target.saved', { count: internalTargetDays }) });
          onClose();
        },
        onError: (error) => {
          // A colleague changed it meanwhile: the latest value loads, what was typed stays to save again.
          if (isApiError(error) && error.status === 412) {
            setStale(true);
            return;
          }
          const fields = fieldErrorsOf(error);
          if (fields.internalTargetDays) form.setFieldError('internalTargetDays', fields.internalTargetDays);
          if (isGeneralError(error)) setFailure(error);
        },
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('dsarQueueActions.target.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('dsarQueueActions.target.explain')}</Text>
          {stale ? (
            <Text size="sm" fw={600} role="alert">
              {t('dsarQueueActions.target.stale', { count: days })}
            </Text>
          ) : null}
          <ServerError error={failure} title={t('dsarQueueActions.target.failed')} />
          <NumberInput label={t('dsarQueueActions.target.label')} min={0} max={27} step={1} allowDecimal={false} required data-autofocus {...form.getInputProps('internalTargetDays')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('dsarQueueActions.export.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('dsarQueueActions.target.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
