import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ChangedField } from '../../lib/dsar-changes';

interface ConflictNoticeProps {
  fields: ChangedField[];
  onReapply: () => void;
  pending?: boolean;
}

/** The request changed under the user: what changed, and a way to re-apply their kept input. */
export function ConflictNotice({ fields, onReapply, pending = false }: ConflictNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="grape" variant="light" icon={<IconGitMerge aria-hidden />} title={t('dsarDetail.conflict.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('dsarDetail.conflict.body')}</Text>
        <Text size="sm" fw={600}>
          {fields.length > 0
            ? t('dsarDetail.conflict.changed', { fields: fields.map((field) => t(`dsarDetail.conflict.field.${field}`)).join(', ') })
            : t('dsarDetail.conflict.nothingVisible')}
        </Text>
        <div>
          <Button size="xs" onClick={onReapply} loading={pending}>
            {t('dsarDetail.conflict.reapply')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
