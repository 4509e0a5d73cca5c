import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useIdentityReveal } from '@/hooks/use-identity-reveal';
import { RevealReasonDialog } from '@/components/forms/reveal-reason-dialog';

/**
 * The person behind the complaint, masked. Revealing asks why; the server writes the reason to
 * the audit log. The identity stays in this component's state only, gone when the page is left.
 */
export function ComplainantPanel({ person, mayReveal }: { person: Schemas['PersonRef']; mayReveal: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const reveal = useIdentityReveal(person.id);
  const { identity } = reveal;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-person-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="complaint-person-title">
          {t('complaintDetail.person.title')}
        </Title>
        <dl style={{ margin: 0 }}>
          <Text component="dt" size="sm" c="dimmed">
            {t('complaintDetail.person.maskedName')}
          </Text>
          <Text component="dd" m={0}>
            {person.maskedName}
          </Text>
          <Text component="dt" size="sm" c="dimmed" mt="xs">
            {t('complaintDetail.person.accountReference')}
          </Text>
          <Text component="dd" m={0} ff="monospace">
            {person.accountReference}
          </Text>
        </dl>
        {identity ? (
          <Stack gap={4} component="section" aria-label={t('complaintDetail.person.revealed')}>
            <Text fw={600}>{t('complaintDetail.person.revealedAt', { at: dateTime(identity.revealedAt) })}</Text>
            <Text>{t('complaintDetail.person.name', { name: `${identity.firstName} ${identity.lastName}` })}</Text>
            <Text>{t('complaintDetail.person.email', { email: identity.email })}</Text>
            <Text>{t('complaintDetail.person.address', { address: identity.address ?? t('complaintDetail.person.noAddress') })}</Text>
            <div>
              <Button size="xs" variant="default" leftSection={<IconEyeOff size={14} aria-hidden />} onClick={reveal.hide}>
                {t('complaintDetail.person.hide')}
              </Button>
            </div>
          </Stack>
        ) : mayReveal ? (
          <div>
            <Button size="xs" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={reveal.ask}>
              {t('complaintDetail.person.reveal')}
            </Button>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            {t('complaintDetail.person.noReveal')}
          </Text>
        )}
      </Stack>
      <RevealReasonDialog
        {...reveal.dialog}
        labels={{
          title: t('complaintDetail.person.revealTitle'),
          explain: t('complaintDetail.person.revealExplanation'),
          reason: t('complaintDetail.person.reason'),
          reasonRequired: t('complaintDetail.person.reasonRequired'),
          failed: t('complaintDetail.saveFailed'),
          cancel: t('complaintDetail.person.cancel'),
          submit: t('complaintDetail.person.confirmReveal'),
        }}
      />
    </Paper>
  );
}
