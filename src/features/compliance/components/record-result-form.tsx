import { Button, Checkbox, Group, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { useRecordResult } from '../api/compliance-mutations';
import { buildResultBody, emptyResultDraft, needsRemediation, remediationAllowed, validateResultDraft, type ResultDraft } from '../lib/result-draft';

const OUTCOME_CHOICES: Schemas['CheckOutcome'][] = ['pass', 'warning', 'fail', 'not_applicable'];

/** CheckResultCreate's texts in the contract; the draft's own rules say which are required when. */
const TEXT_RULES: Record<'evidence' | 'evidenceReference' | 'remediation.title' | 'remediation.owner', TextRule> = {
  evidence: { max: 4000, multiline: true },
  evidenceReference: { max: 300 },
  'remediation.title': { max: 200 },
  'remediation.owner': { max: 100 },
};

/**
 * The privacy officer records a manual check's result with its evidence. A failure must open a
 * remediation action (owner, due date); a warning may. A refused save keeps the draft: the
 * server's field errors land next to their fields.
 */
export function RecordResultForm({ check, today }: { check: Schemas['ComplianceCheck']; today: string }) {
  const { t, i18n } = useTranslation();
  const record = useRecordResult(check.id);
  // One key per draft: a retried click after a lost answer cannot record the result twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const [general, setGeneral] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm<ResultDraft>({
    mode: 'controlled',
    initialValues: emptyResultDraft(check.owner),
    validate: (values) => {
      const errors = validateResultDraft(values, today, (key) => t(`complianceDetail.record.errors.${key}`));
      const texts = { evidence: values.evidence, evidenceReference: values.evidenceReference, 'remediation.title': values.remediation.title, 'remediation.owner': values.remediation.owner };
      const withRemediation = needsRemediation(values.outcome) || (remediationAllowed(values.outcome) && values.openAction);
      for (const [path, value] of Object.entries(texts) as [keyof typeof TEXT_RULES, string][]) {
        // What the draft requires is said in its own words (above); length and characters here,
        // for the remediation only when one is sent.
        if (errors[path] || (path.startsWith('remediation.') && !withRemediation)) continue;
        const problem = textError(value, TEXT_RULES[path]);
        if (problem) errors[path] = problem;
      }
      return errors;
    },
  });
  const values = form.getValues();
  const showRemediation = needsRemediation(values.outcome) || (remediationAllowed(values.outcome) && values.openAction);

  const submit = form.onSubmit(async (draft) => {
    setGeneral(null);
    try {
      await record.mutateAsync({ body: buildResultBody(draft), idempotencyKey });
      notifications.show({ color: 'teal', message: t('complianceDetail.record.saved', { outcome: t(`complianceTerms.outcome.${draft.outcome}`) }) });
      form.reset();
      setIdempotencyKey(crypto.randomUUID());
    } catch (error) {
      if (isApiError(error) && error.status === 422) form.setErrors(error.fieldErrorMap());
      else setGeneral(error);
    }
  });

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="record-result-title">
      <UnsavedChangesGuard
        when={form.isDirty() && !record.isPending}
        labels={guardLabels(t, 'complianceDetail.unsaved')}
      />
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="record-result-title">
            {t('complianceDetail.record.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('complianceDetail.record.intro')}
          </Text>
          <ServerError error={general} title={t('complianceDetail.record.failed')} otherwise={t('complianceDetail.record.unknownError')} />
          <Radio.Group label={t('complianceDetail.record.outcome')} withAsterisk {...form.getInputProps('outcome')}>
            <Group gap="lg" mt={6}>
              {OUTCOME_CHOICES.map((outcome) => (
                <Radio key={outcome} value={outcome} label={t(`complianceTerms.outcome.${outcome}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('complianceDetail.record.evidence')}
            description={t('complianceDetail.record.evidenceHelp')}
            withAsterisk
            rows={4}
            {...form.getInputProps('evidence')}
          />
          <TextInput
            label={t('complianceDetail.record.reference')}
            description={t('complianceDetail.record.referenceHelp')}
            {...form.getInputProps('evidenceReference')}
          />
          {values.outcome === 'warning' ? (
            <Checkbox label={t('complianceDetail.record.openAction')} {...form.getInputProps('openAction', { type: 'checkbox' })} />
          ) : null}
          {values.outcome === 'fail' ? <Text size="sm" fw={500}>{t('complianceDetail.record.failNeedsAction')}</Text> : null}
          {showRemediation ? (
            <Paper withBorder p="sm" radius="sm" component="fieldset" style={{ border: undefined }}>
              <Text component="legend" size="sm" fw={600} px={4}>
                {t('complianceDetail.record.remediation')}
              </Text>
              <Stack gap="xs">
                <TextInput label={t('complianceDetail.record.actionTitle')} withAsterisk {...form.getInputProps('remediation.title')} />
                <Group grow align="flex-start">
                  <TextInput label={t('complianceDetail.record.actionOwner')} withAsterisk {...form.getInputProps('remediation.owner')} />
                  <TextInput type="date" label={t('complianceDetail.record.actionDueOn')} withAsterisk min={today} lang={i18n.language} {...form.getInputProps('remediation.dueOn')} />
                </Group>
              </Stack>
            </Paper>
          ) : null}
          {form.errors.remediation ? (
            <Text size="sm" c="var(--mantine-color-error)" role="alert">
              {form.errors.remediation}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty() || record.isPending}>
              {t('complianceDetail.record.discard')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('complianceDetail.record.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
