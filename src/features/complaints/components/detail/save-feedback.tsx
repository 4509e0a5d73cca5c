import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ServerError } from '@/components/states/server-error';
import type { ComplaintChangeField } from '../../lib/complaint-changes';

/** A colleague saved first: what they changed, and a way to re-apply the kept draft on top. */
export function ConflictAlert({ fields, onReapply, pending }: { fields: ComplaintChangeField[]; onReapply: () => void; pending: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="grape" variant="light" icon={<IconGitMerge aria-hidden />} title={t('complaintDetail.conflict.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('complaintDetail.conflict.body')}</Text>
        <Text size="sm" fw={600}>
          {fields.length > 0
            ? t('complaintDetail.conflict.changed', { fields: fields.map((field) => t(`complaintDetail.conflict.field.${field}`)).join(', ') })
            : t('complaintDetail.conflict.nothingVisible')}
        </Text>
        <div>
          <Button size="xs" onClick={onReapply} loading={pending}>
            {t('complaintDetail.conflict.reapply')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}

/** The server's own words for a refusal or failure (409, 500, network). */
export function SaveError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return <ServerError error={error} title={t('complaintDetail.saveFailed')} />;
}
