import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from './viewer-context';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useRevealPerson } from '../../api/reveal-person';
import { ServerError } from './server-error';

/** The data subject, masked; revealing asks why (audited) and keeps the identity in this component only. */
export function PersonPanel({ person }: { person: Schemas['PersonRef'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const mayReveal = useViewer().can('people_reveal');
  const reveal = useRevealPerson();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [identity, setIdentity] = useState<Schemas['PersonIdentity'] | null>(null);

  const close = () => {
    setAsking(false);
    setReason('');
    setError(undefined);
    reveal.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setError(t('dsarDetail.person.reasonRequired'));
      return;
    }
    reveal.mutate(
      { personId: person.id, reason: reason.trim() },
      {
        onSuccess: (revealed) => {
          setIdentity(revealed);
          close();
        },
      },
    );
  };

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
              <Button size="xs" variant="default" onClick={() => setIdentity(null)}>
                {t('dsarDetail.person.hide')}
              </Button>
            </div>
          </Stack>
        ) : mayReveal ? (
          <div>
            <Button size="xs" variant="light" leftSection={<IconEye size={16} aria-hidden />} onClick={() => setAsking(true)}>
              {t('dsarDetail.person.reveal')}
            </Button>
          </div>
        ) : null}
      </Stack>
      <Modal opened={asking} onClose={close} title={t('dsarDetail.person.revealTitle')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('dsarDetail.person.revealExplain')}</Text>
            <ServerError error={reveal.error} title={t('dsarDetail.saveFailed')} />
            <Textarea label={t('dsarDetail.person.reason')} required rows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={error} />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('dsarDetail.person.cancel')}
              </Button>
              <Button type="submit" loading={reveal.isPending}>
                {t('dsarDetail.person.revealSubmit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
