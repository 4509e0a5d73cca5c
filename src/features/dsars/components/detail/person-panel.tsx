import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useViewer } from './viewer-context';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useIdentityReveal } from '@/hooks/use-identity-reveal';
import { RevealReasonDialog } from '@/components/forms/reveal-reason-dialog';

/** The data subject, masked; revealing asks why (audited) and keeps the identity in this component only. */
export function PersonPanel({ person }: { person: Schemas['PersonRef'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const mayReveal = useViewer().can('people_reveal');
  const reveal = useIdentityReveal(person.id);
  const { identity } = reveal;

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="dsar-person-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="dsar-person-title">
          {t('dsarDetail.person.title')}
        </Title>
        <dl style={{ margin: 0 }}>
          <Text component="dt" size="sm" c="dimmed">
            {t('dsarDetail.person.maskedName')}
          </Text>
          <Text component="dd" m={0}>
            {person.maskedName}
          </Text>
          <Text component="dt" size="sm" c="dimmed" mt="xs">
            {t('dsarDetail.person.accountReference')}
          </Text>
          <Text component="dd" m={0} ff="monospace">
            {person.accountReference}
          </Text>
        </dl>
        {identity ? (
          <Stack gap={4} role="region" aria-label={t('dsarDetail.person.revealedTitle', { at: format.dateTime(identity.revealedAt) })}>
            <Text fw={600}>{t('dsarDetail.person.revealedTitle', { at: format.dateTime(identity.revealedAt) })}</Text>
            <Text>
              {t('dsarDetail.person.name')}: {identity.firstName} {identity.lastName}
            </Text>
            <Text>
              {t('dsarDetail.person.email')}: {identity.email}
            </Text>
            <Text>
              {t('dsarDetail.person.address')}: {identity.address ?? t('dsarDetail.person.noAddress')}
            </Text>
            <div>
              <Button size="xs" variant="default" onClick={reveal.hide}>
                {t('dsarDetail.person.hide')}
              </Button>
            </div>
          </Stack>
        ) : mayReveal ? (
          <div>
            <Button size="xs" variant="light" leftSection={<IconEye size={16} aria-hidden />} onClick={reveal.ask}>
              {t('dsarDetail.person.reveal')}
            </Button>
          </div>
        ) : null}
      </Stack>
      <RevealReasonDialog
        {...reveal.dialog}
        labels={{
          title: t('dsarDetail.person.revealTitle'),
          explain: t('dsarDetail.person.revealExplain'),
          reason: t('dsarDetail.person.reason'),
          reasonRequired: t('dsarDetail.person.reasonRequired'),
          failed: t('dsarDetail.saveFailed'),
          cancel: t('dsarDetail.person.cancel'),
          submit: t('dsarDetail.person.revealSubmit'),
        }}
      />
    </Paper>
  );
}
