import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useRevealIdentity } from '../api/people-mutations';
import { ServerError } from './server-error';

/**
 * Who the person is, masked; revealing asks why (the server audits the reason) and keeps the
 * identity in this component only: it is gone when the page is left or "Hide" is pressed.
 */
export function PersonIdentity({ person, canReveal }: { person: Schemas['Person']; canReveal: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const reveal = useRevealIdentity();
  const [asking, setAsking] = useState(false);
  const [identity, setIdentity] = useState<Schemas['PersonIdentity'] | null>(null);
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length < 3 ? t('peopleDetail.identity.reasonRequired') : null) },
  });
  const close = () => {
    setAsking(false);
    form.reset();
    reveal.reset();
  };
  const submit = form.onSubmit(({ reason }) =>
    reveal.mutate(
      { personId: person.id, reason: reason.trim() },
      {
        onSuccess: (revealed) => {
          setIdentity(revealed);
          close();
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
        },
      },
    ),
  );

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
            <Button size="xs" variant="default" leftSection={<IconEyeOff size={16} aria-hidden />} onClick={() => setIdentity(null)}>
              {t('peopleDetail.identity.hide')}
            </Button>
          ) : canReveal ? (
            <Button size="xs" variant="light" leftSection={<IconEye size={16} aria-hidden />} onClick={() => setAsking(true)}>
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
      <Modal opened={asking} onClose={close} title={t('peopleDetail.identity.revealTitle')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('peopleDetail.identity.revealExplain')}</Text>
            {reveal.error && !(isApiError(reveal.error) && reveal.error.status === 422) ? <ServerError error={reveal.error} title={t('peopleDetail.identity.revealFailed')} /> : null}
            <Textarea label={t('peopleDetail.identity.reason')} required rows={2} data-autofocus {...form.getInputProps('reason')} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('peopleDetail.cancel')}
              </Button>
              <Button type="submit" loading={reveal.isPending}>
                {t('peopleDetail.identity.revealSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
