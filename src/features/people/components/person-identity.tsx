import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useIdentityReveal } from '@/hooks/use-identity-reveal';
import { RevealReasonDialog } from '@/components/forms/reveal-reason-dialog';

/**
 * Who the person is, masked; revealing asks why (the server audits the reason) and keeps the
 * identity in this component only: it is gone when the page is left or "Hide" is pressed.
 */
export function PersonIdentity({ person, canReveal }: { person: Schemas['Person']; canReveal: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reveal = useIdentityReveal(person.id);
  const { identity } = reveal;

  const field = (label: string, value: React.ReactNode, mono = false) => (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} ff={mono ? 'monospace' : undefined}>
        {value}
      </Text>
    </div>
  );

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-identity-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="person-identity-title">
            {t('peopleDetail.identity.title')}
          </Title>
          {identity ? (
            <Button size="xs" variant="default" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={reveal.hide}>
              {t('peopleDetail.identity.hide')}
            </Button>
          ) : canReveal ? (
            <Button size="xs" variant="light" leftSection={<IconEye size={16} aria-hidden />} onClick={reveal.ask}>
              {t('peopleDetail.identity.reveal')}
            </Button>
          ) : null}
        </Group>
        {identity ? (
          <Stack gap={4} role="region" aria-label={t('peopleDetail.identity.revealedLabel')}>
            <Text size="sm" c="dimmed">
              {t('peopleDetail.identity.revealedAt', { at: format.dateTime(identity.revealedAt) })}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="xs">
              {field(t('peopleDetail.identity.name'), `${identity.firstName} ${identity.lastName}`)}
              {field(t('peopleDetail.identity.email'), identity.email)}
              {field(t('peopleDetail.identity.address'), identity.address ?? t('peopleDetail.identity.noAddress'))}
            </SimpleGrid>
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="xs">
            {field(t('peopleDetail.identity.maskedName'), person.maskedName)}
            {field(t('peopleDetail.identity.maskedEmail'), person.maskedEmail)}
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="xs">
          {field(t('peopleDetail.identity.accountReference'), person.accountReference, true)}
          {field(t('peopleDetail.identity.country'), t(`consentTerms.country.${person.country}`))}
          {field(t('peopleDetail.identity.plan'), `${t(`consentTerms.plan.${person.plan}`)} · ${t(`peopleDetail.identity.role.${person.plan}`)}`)}
          {field(t('peopleDetail.identity.employer'), person.employer ? person.employer.name : t('peopleDetail.identity.noEmployer'))}
          {field(t('peopleDetail.identity.registeredOn'), format.date(person.registeredOn))}
        </SimpleGrid>
      </Stack>
      <RevealReasonDialog
        {...reveal.dialog}
        labels={{
          title: t('peopleDetail.identity.revealTitle'),
          explain: t('peopleDetail.identity.revealExplain'),
          reason: t('peopleDetail.identity.reason'),
          reasonRequired: t('peopleDetail.identity.reasonRequired'),
          failed: t('peopleDetail.identity.revealFailed'),
          cancel: t('peopleDetail.cancel'),
          submit: t('peopleDetail.identity.revealSubmit'),
        }}
      />
    </Paper>
  );
}
