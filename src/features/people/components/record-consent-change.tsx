import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { Select } from '@/components/forms/select';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { useRecordConsentChange } from '../api/people-mutations';
import { allowedDecisions, recordablePurposes, type Decision } from '../lib/consent-change';
import { ServerError } from '@/components/states/server-error';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';

const CHANNELS = ['support_request', 'preferences_dashboard', 'unsubscribe_link', 'signup_form', 'cookie_banner'] as const satisfies readonly Schemas['ConsentChannel'][];

/** ConsentChangeRequest.reason in the contract. */
const REASON_RULE: TextRule = { max: 4000, required: true, multiline: true };

interface Draft {
  purpose: string;
  decision: string;
  channel: string;
  reason: string;
}

export interface RecordConsentChangeProps {
  personId: string;
  consents: readonly Schemas['PurposeConsent'][];
  opened: boolean;
  onClose: () => void;
  onRecorded?: () => void;
}

/**
 * Records a consent change made on the person's behalf (an opt-out by phone, a request by email):
 * channel and reason are required, the server audits it, and the history shows it at once.
 * One Idempotency-Key per draft, so a retried save after a lost answer records the change once.
 */
export function RecordConsentChange({ personId, consents, opened, onClose, onRecorded }: RecordConsentChangeProps) {
  const { t } = useTranslation();
  const record = useRecordConsentChange(personId, { onRecorded });
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const textError = useTextError();
  const purposes = recordablePurposes(consents);
  const decisionsFor = (purpose: string) => {
    const consent = consents.find((candidate) => candidate.purpose === purpose);
    return consent ? allowedDecisions(consent) : [];
  };
  const form = useForm<Draft>({
    initialValues: { purpose: '', decision: '', channel: '', reason: '' },
    validate: {
      purpose: (value) => (value ? null : t('peopleDetail.record.required.purpose')),
      decision: (value, values) => (value && decisionsFor(values.purpose).includes(value as Decision) ? null : t('peopleDetail.record.required.decision')),
      channel: (value) => (value ? null : t('peopleDetail.record.required.channel')),
      reason: (value) => textError(value, REASON_RULE, { required: t('peopleDetail.record.required.reason') }),
    },
  });
  const dirty = form.isDirty();
  const current = consents.find((consent) => consent.purpose === form.values.purpose);

  const reset = () => {
    form.reset();
    record.reset();
    setConfirmDiscard(false);
    setIdempotencyKey(crypto.randomUUID());
  };
  const requestClose = () => {
    if (dirty && !confirmDiscard) {
      setConfirmDiscard(true);
      return;
    }
    reset();
    onClose();
  };
  const submit = form.onSubmit((values) => {
    const body = {
      purpose: values.purpose as Schemas['PurposeKey'],
      decision: values.decision as Decision,
      channel: values.channel as Schemas['ConsentChannel'],
      reason: values.reason.trim(),
    };
    record.mutate(
      { body, idempotencyKey },
      {
        onSuccess: (event) => {
          notifications.show({
            color: 'green',
            message: t('peopleDetail.record.saved', { purpose: t(`consentTerms.purpose.${event.purpose}`), decision: t(`consentTerms.decision.${event.decision}`).toLowerCase() }),
          });
          reset();
          onClose();
        },
        // The draft stays as typed: 422 errors land on their fields, anything else above the form.
        onError: (error) => {
          if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
        },
      },
    );
  });

  return (
    <>
      <UnsavedChangesGuard when={opened && dirty} labels={guardLabels(t, 'peopleDetail.unsaved')} />
      <Modal opened={opened} onClose={requestClose} title={t('peopleDetail.record.title')} size="lg">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm">{t('peopleDetail.record.explain')}</Text>
            {record.error && !(isApiError(record.error) && record.error.status === 422) ? <ServerError error={record.error} title={t('peopleDetail.record.failed')} /> : null}
            <Select
              label={t('peopleDetail.record.purpose')}
              required
              data-autofocus
              placeholder={t('peopleDetail.record.choosePurpose')}
              data={purposes.map((consent) => ({ value: consent.purpose, label: `${t(`consentTerms.purpose.${consent.purpose}`)} (${t(`consentTerms.state.${consent.state}`).toLowerCase()})` }))}
              value={form.values.purpose || null}
              error={form.errors.purpose}
              onChange={(value: string | null) => {
                form.setFieldValue('purpose', value ?? '');
                const allowed = value ? decisionsFor(value) : [];
                form.setFieldValue('decision', allowed.length === 1 ? (allowed[0] ?? '') : '');
              }}
            />
            <Radio.Group label={t('peopleDetail.record.decision')} required value={form.values.decision} onChange={(value) => form.setFieldValue('decision', value)} error={form.errors.decision}>
              <Group mt="xs">
                {(['withdrawn', 'granted'] as const).map((decision) => (
                  <Radio key={decision} value={decision} label={t(`peopleDetail.record.decisions.${decision}`)} disabled={!form.values.purpose || !decisionsFor(form.values.purpose).includes(decision)} />
                ))}
              </Group>
            </Radio.Group>
            {current ? (
              <Text size="sm" c="dimmed">
                {t('peopleDetail.record.currentState', { state: t(`consentTerms.state.${current.state}`).toLowerCase() })}
              </Text>
            ) : null}
            <Select
              label={t('peopleDetail.record.channel')}
              description={t('peopleDetail.record.channelHint')}
              required
              placeholder={t('peopleDetail.record.chooseChannel')}
              data={CHANNELS.map((channel) => ({ value: channel, label: t(`consentTerms.channel.${channel}`) }))}
              {...form.getInputProps('channel')}
            />
            <Textarea label={t('peopleDetail.record.reason')} description={t('peopleDetail.record.reasonHint')} required rows={3} {...form.getInputProps('reason')} />
            {confirmDiscard ? (
              <Alert color="yellow" role="alert" title={t('peopleDetail.record.discardTitle')}>
                <Text size="sm" mb="xs">
                  {t('peopleDetail.record.discardBody')}
                </Text>
                <Group gap="xs">
                  <Button size="xs" color="red" onClick={requestClose}>
                    {t('peopleDetail.record.discard')}
                  </Button>
                  <Button size="xs" variant="default" onClick={() => setConfirmDiscard(false)}>
                    {t('peopleDetail.record.keepEditing')}
                  </Button>
                </Group>
              </Alert>
            ) : null}
            <Group justify="flex-end">
              <Button variant="default" onClick={requestClose}>
                {t('peopleDetail.cancel')}
              </Button>
              <Button type="submit" loading={record.isPending}>
                {t('peopleDetail.record.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
