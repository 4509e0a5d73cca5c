import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconGitMerge } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RecipientField } from '../../lib/recipient-form';

interface ConflictNoticeProps {
  /** Fields a colleague changed since the form was opened; null while the latest version loads. */
  fields: RecipientField[] | null;
  onReapply: () => void;
  pending: boolean;
}

/** Someone else saved the recipient first: what they changed, and a way to save the kept draft over it. */
export function ConflictNotice({ fields, onReapply, pending }: ConflictNoticeProps) {
  const { t } = useTranslation();
  return (
    <Alert role="alert" color="grape" variant="light" icon={<IconGitMerge aria-hidden />} title={t('recipientForm.conflict.title')}>
      <Stack gap="xs">
        <Text size="sm">{t('recipientForm.conflict.body')}</Text>
        {fields ? (
          <Text size="sm" fw={600}>
            {fields.length > 0
              ? t('recipientForm.conflict.changed', { fields: fields.map((field) => t(`recipientForm.conflict.field.${field}`)).join(', ') })
              : t('recipientForm.conflict.nothingVisible')}
          </Text>
        ) : null}
        <div>
          <Button size="xs" onClick={onReapply} loading={pending} disabled={!fields}>
            {t('recipientForm.conflict.reapply')}
          </Button>
        </div>
      </Stack>
    </Alert>
  );
}
