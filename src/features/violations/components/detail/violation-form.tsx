import { Alert, Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconGitMerge } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf, isApiError } from '@/api/api-error';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { violationKeys } from '../../api/violation-keys';
import { useUpdateViolation, type ViolationWithEtag } from '../../api/violation-queries';
import { violationDraftErrors, violationDraftOf, violationPatch, type ViolationDraft } from '../../lib/violation-patch';
import { INVESTIGATION_STATUSES, MEASURES, SEVERITIES } from '../../lib/violation-search-params';

/** ViolationPatch's texts in the contract (the draft's own rules say when they are required). */
const DESCRIPTION_RULE: TextRule = { max: 4000, multiline: true };
const DECIDED_BY_RULE: TextRule = { max: 200 };

const DRAFT_FIELDS = ['severity', 'status', 'description', 'measure', 'decidedOn', 'decidedBy'] as const;

interface ViolationFormProps {
  current: ViolationWithEtag;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * The investigation: severity, status, what happened, and the measure with its decision date and
 * decider. Saved with the ETag the form started from; a 412 keeps the draft and names what changed.
 */
export function ViolationForm({ current, onDirtyChange }: ViolationFormProps) {
  const { t } = useTranslation();
  const record = current.data;
  const update = useUpdateViolation(record.id);
  const queryClient = useQueryClient();
  const [start, setStart] = useState(() => ({ draft: violationDraftOf(record), version: record.version }));
  const [conflict, setConflict] = useState<ViolationDraft | null>(null);
  const [general, setGeneral] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm<ViolationDraft>({
    mode: 'controlled',
    initialValues: start.draft,
    validate: (values) => {
      const errors: Record<string, string> = Object.fromEntries(Object.entries(violationDraftErrors(values)).map(([field, code]) => [field, t(`violationDetail.form.errors.${code}`)]));
      const description = errors.description ? null : textError(values.description, DESCRIPTION_RULE);
      if (description) errors.description = description;
      // The decider is sent with a measure only.
      const decidedBy = errors.decidedBy || values.measure === '' ? null : textError(values.decidedBy, DECIDED_BY_RULE);
      if (decidedBy) errors.decidedBy = decidedBy;
      return errors;
    },
  });
  const dirty = form.isDirty();
  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  // Without a draft, a newer version (after another save) simply replaces what the form shows.
  if (record.version !== start.version && !dirty && !conflict) {
    const draft = violationDraftOf(record);
    setStart({ draft, version: record.version });
    form.setInitialValues(draft);
    form.setValues(draft);
  }

  const latest = violationDraftOf(record);
  const changedByOthers = conflict ? DRAFT_FIELDS.filter((field) => conflict[field] !== latest[field]) : [];

  const submit = () => {
    const patch = violationPatch(start.draft, form.getValues());
    if (Object.keys(patch).length === 0) return;
    setGeneral(null);
    update.mutate(
      { etag: current.etag, body: patch },
      {
        onSuccess: (saved) => {
          const draft = violationDraftOf(saved.data);
          setConflict(null);
          setStart({ draft, version: saved.data.version });
          form.setInitialValues(draft);
          form.setValues(draft);
        },
        onError: (error) => {
          if (isApiError(error) && error.status === 412) {
            // Load the latest version; the draft stays as typed, and only its edits are re-sent.
            setConflict(start.draft);
            void queryClient.invalidateQueries({ queryKey: violationKeys.detail(record.id), exact: true });
            return;
          }
          const fieldErrors = fieldErrorsOf(error);
          if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
          else setGeneral(error);
        },
      },
    );
  };

  const closing = form.getValues().status === 'closed' && record.status !== 'closed';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="violation-form-title">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id="violation-form-title">
            {t('violationDetail.form.title')}
          </Title>
          {conflict ? (
            <Alert role="alert" color="grape" variant="light" icon={<IconGitMerge aria-hidden />} title={t('violationDetail.form.conflictTitle')}>
              <Text size="sm">
                {changedByOthers.length > 0
                  ? t('violationDetail.form.conflictChanged', { fields: changedByOthers.map((field) => t(`violationDetail.form.${field}`)).join(', ') })
                  : t('violationDetail.form.conflictNothing')}
              </Text>
              <Button size="xs" mt="xs" onClick={submit} loading={update.isPending}>
                {t('violationDetail.form.reapply')}
              </Button>
            </Alert>
          ) : null}
          <ServerError error={general} title={t('violationDetail.form.saveFailed')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect label={t('violationDetail.form.severity')} data={SEVERITIES.map((value) => ({ value, label: t(`violationTerms.severity.${value}`) }))} {...form.getInputProps('severity')} />
            <NativeSelect label={t('violationDetail.form.status')} data={INVESTIGATION_STATUSES.map((value) => ({ value, label: t(`violationTerms.status.${value}`) }))} {...form.getInputProps('status')} />
          </SimpleGrid>
          <Textarea label={t('violationDetail.form.description')} required rows={3} {...form.getInputProps('description')} />
          <Text size="sm" fw={600} mt="xs">
            {t('violationDetail.form.decisionHeading')}
          </Text>
          <Text size="xs" c="dimmed">
            {t('violationDetail.form.decisionExplanation')}
          </Text>
          <NativeSelect
            label={t('violationDetail.form.measure')}
            data={[{ value: '', label: t('violationTerms.measure.undecided') }, ...MEASURES.map((value) => ({ value, label: t(`violationTerms.measure.${value}`) }))]}
            {...form.getInputProps('measure')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput type="date" label={t('violationDetail.form.decidedOn')} required={form.getValues().measure !== ''} {...form.getInputProps('decidedOn')} />
            <TextInput label={t('violationDetail.form.decidedBy')} required={form.getValues().measure !== ''} {...form.getInputProps('decidedBy')} />
          </SimpleGrid>
          {closing ? (
            <Alert role="note" variant="light" color="blue">
              {t('violationDetail.form.closingExplanation')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" disabled={!dirty || update.isPending} onClick={() => form.reset()}>
              {t('violationDetail.form.discard')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!dirty}>
              {t('violationDetail.form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
