import { Button, Group, Modal, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useRevealComplainant } from '../../api/complaint-mutations';
import { SaveError } from './save-feedback';

/**
 * The person behind the complaint, masked. Revealing asks why; the server writes the reason to
 * the audit log. The identity stays in this component's state only, gone when the page is left.
 */
export function ComplainantPanel({ person, mayReveal }: { person: Schemas['PersonRef']; mayReveal: boolean }) {
  const { t } = useTranslation();
  const { dateTime } = useFormatters();
  const reveal = useRevealComplainant();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [identity, setIdentity] = useState<Schemas['PersonIdentity'] | null>(null);

  const close = () => {
    setAsking(false);
    setReason('');
    setReasonError(null);
    reveal.reset();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) {
      setReasonError(t('complaintDetail.person.reasonRequired'));
      return;
    }
    reveal.mutate({ personId: person.id, reason: reason.trim() }, { onSuccess: (revealed) => { setIdentity(revealed); close(); } });
  };

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
              <Button size="xs" variant="default" leftSection={<IconEyeOff size={14} aria-hidden />} onClick={() => setIdentity(null)}>
                {t('complaintDetail.person.hide')}
              </Button>
            </div>
          </Stack>
        ) : mayReveal ? (
          <div>
            <Button size="xs" variant="light" leftSection={<IconEye size={14} aria-hidden />} onClick={() => setAsking(true)}>
              {t('complaintDetail.person.reveal')}
            </Button>
          </div>
        ) : (
          <Text size="sm" c="dimmed">
            {t('complaintDetail.person.noReveal')}
          </Text>
        )}
      </Stack>
      <Modal opened={asking} onClose={close} title={t('complaintDetail.person.revealTitle')}>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Text size="sm">{t('complaintDetail.person.revealExplanation')}</Text>
            <SaveError error={reveal.error} />
            <Textarea
              label={t('complaintDetail.person.reason')}
              required
             
              rows={2}
              maxLength={4000}
              value={reason}
              error={reasonError}
              onChange={(event) => setReason(event.currentTarget.value)}
              data-autofocus
            />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={close}>
                {t('complaintDetail.person.cancel')}
              </Button>
              <Button type="submit" loading={reveal.isPending}>
                {t('complaintDetail.person.confirmReveal')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </Paper>
  );
}
