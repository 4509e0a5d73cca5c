import '../../translations';
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useTextError } from '@/hooks/use-text-error';
import type { TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { useCreateViolation } from '../../api/violation-queries';
import { SEVERITIES } from '../../lib/violation-search-params';

interface CreateDraft {
  employeeName: string;
  department: string;
  policySection: string;
  policyQuote: string;
  description: string;
  occurredOn: string;
  reportedBy: string;
  severity: Schemas['Severity'];
}

/** ViolationCreate's texts in the contract: every one required. */
const TEXT_RULES = {
  employeeName: { max: 200, required: true },
  department: { max: 100, required: true },
  policySection: { max: 100, required: true },
  policyQuote: { max: 2000, required: true, multiline: true },
  description: { max: 4000, required: true, multiline: true },
  reportedBy: { max: 200, required: true },
} satisfies Partial<Record<keyof CreateDraft, TextRule>>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface ViolationCreatePageProps {
  /** Set when opened from a complaint or a check ("open a record for this"). */
  complaintId?: string | null;
  checkId?: string | null;
}

/** Opens a record: who, where, which words of the policy were broken, what happened, how serious. */
export function ViolationCreatePage({ complaintId, checkId }: ViolationCreatePageProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateViolation();
  // One key per intended record: a retried submit after a lost answer opens it once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [general, setGeneral] = useState<unknown>(null);
  const textError = useTextError();
  const form = useForm<CreateDraft>({
    mode: 'controlled',
    initialValues: { employeeName: '', department: '', policySection: '', policyQuote: '', description: '', occurredOn: '', reportedBy: '', severity: 'medium' },
    validate: (values) => {
      const required = t('violationCreate.required');
      const errors: Record<string, string> = values.occurredOn === '' ? { occurredOn: required } : {};
      for (const [field, rule] of Object.entries(TEXT_RULES) as [keyof typeof TEXT_RULES, TextRule][]) {
        const problem = textError(values[field], rule, { required });
        if (problem) errors[field] = problem;
      }
      return errors;
    },
  });

  const submit = (values: CreateDraft) => {
    setGeneral(null);
    const body: Schemas['ViolationCreate'] = {
      employeeName: values.employeeName.trim(),
      department: values.department.trim(),
      policySection: values.policySection.trim(),
      policyQuote: values.policyQuote.trim(),
      description: values.description.trim(),
      occurredOn: values.occurredOn,
      reportedBy: values.reportedBy.trim(),
      severity: values.severity,
      ...(complaintId && UUID.test(complaintId) ? { complaintId } : {}),
      ...(checkId && UUID.test(checkId) ? { checkId } : {}),
    };
    create.mutate(
      { body, idempotencyKey },
      {
        onSuccess: (created) => void navigate(paths.violations.detail.build(created.data.id), { replace: true }),
        onError: (error) => {
          const fieldErrors = fieldErrorsOf(error);
          if (Object.keys(fieldErrors).length > 0) form.setErrors(fieldErrors);
          else setGeneral(error);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        above={<BackLink to={paths.violations.build()}>{t('violationDetail.back')}</BackLink>}
        title={t('violationCreate.title')}
        description={t('violationCreate.description')}
      />
      <Paper withBorder p="md" radius="md" maw={880}>
        <form onSubmit={form.onSubmit(submit)} noValidate>
          <Stack gap="sm">
            <ServerError error={general} title={t('violationCreate.failed')} />
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <TextInput label={t('violationCreate.employeeName')} required autoComplete="off" {...form.getInputProps('employeeName')} />
              <TextInput label={t('violationCreate.department')} required {...form.getInputProps('department')} />
              <TextInput type="date" label={t('violationCreate.occurredOn')} required {...form.getInputProps('occurredOn')} />
              <TextInput label={t('violationCreate.reportedBy')} required {...form.getInputProps('reportedBy')} />
            </SimpleGrid>
            <TextInput label={t('violationCreate.policySection')} description={t('violationCreate.policySectionDescription')} required {...form.getInputProps('policySection')} />
            <Textarea label={t('violationCreate.policyQuote')} description={t('violationCreate.policyQuoteDescription')} required rows={2} {...form.getInputProps('policyQuote')} />
            <Textarea label={t('violationCreate.whatHappened')} required rows={3} {...form.getInputProps('description')} />
            <NativeSelect label={t('violationCreate.severity')} data={SEVERITIES.map((value) => ({ value, label: t(`violationTerms.severity.${value}`) }))} {...form.getInputProps('severity')} />
            <Group justify="flex-end" gap="xs">
              <Button component={Link} to={paths.violations.build()} variant="default">
                {t('violationCreate.cancel')}
              </Button>
              <Button type="submit" loading={create.isPending}>
                {t('violationCreate.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
