import '../../translations';
import { Alert, Button, Group, NativeSelect, Paper, Radio, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconSearch } from '@tabler/icons-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fieldErrorsOf, isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useTextError } from '@/hooks/use-text-error';
import { EMAIL_ADDRESS, type TextRule } from '@/lib/text-rules';
import { ServerError } from '@/components/states/server-error';
import { useFindPerson, useRegisterComplaint } from '../../api/complaint-mutations';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../lib/complaint-search-params';
import { LeaveGuard } from '../detail/leave-guard';

interface Draft {
  personId: string;
  channel: Schemas['ComplaintChannel'];
  category: Schemas['ComplaintCategory'];
  receivedOn: string;
  summary: string;
}

const ACCOUNT = /^EC-\d{7}$/;

/** PersonSearchRequest's email and accountReference, and ComplaintCreate.summary, in the contract. */
const FIND_RULES: Record<'email' | 'accountReference', TextRule> = { email: { max: 254, required: true }, accountReference: { max: 20, required: true } };
const SUMMARY_RULE: TextRule = { max: 4000, required: true, multiline: true };

function PersonFinder({ onFound }: { onFound: (people: Schemas['PersonSummary'][]) => void }) {
  const { t } = useTranslation();
  const find = useFindPerson();
  const textError = useTextError();
  const [by, setBy] = useState<'email' | 'accountReference'>('email');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = value.trim();
    const invalid = t(`complaintRegister.find.invalid.${by}`);
    const problem = textError(value, FIND_RULES[by], { required: invalid }) ?? ((by === 'accountReference' ? ACCOUNT : EMAIL_ADDRESS).test(text) ? null : invalid);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    find.mutate(by === 'email' ? { email: text } : { accountReference: text }, { onSuccess: (result) => onFound(result.items) });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <SegmentedControl
          aria-label={t('complaintRegister.find.by')}
          value={by}
          onChange={(next) => setBy(next === 'accountReference' ? 'accountReference' : 'email')}
          data={[
            { value: 'email', label: t('complaintRegister.find.email') },
            { value: 'accountReference', label: t('complaintRegister.find.accountReference') },
          ]}
        />
        <Group gap="xs" align="flex-start" wrap="nowrap">
          <TextInput
            style={{ flex: 1 }}
            type={by === 'email' ? 'email' : 'text'}
            label={t(`complaintRegister.find.${by}`)}
            description={t('complaintRegister.find.description')}
            value={value}
            error={error}
            autoComplete="off"
            onChange={(event) => setValue(event.currentTarget.value)}
          />
          <Button type="submit" variant="default" mt={46} leftSection={<IconSearch size={16} aria-hidden />} loading={find.isPending}>
            {t('complaintRegister.find.submit')}
          </Button>
        </Group>
        {find.isError ? (
          <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />}>
            {isApiError(find.error) ? find.error.problem.detail : null}
          </Alert>
        ) : null}
      </Stack>
    </form>
  );
}

/** Registers a question or complaint as it arrived, for the person it is about (found, masked). */
export function RegisterComplaintPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const register = useRegisterComplaint();
  const textError = useTextError();
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const [people, setPeople] = useState<Schemas['PersonSummary'][] | null>(null);
  const [general, setGeneral] = useState<unknown>(null);
  // Navigate once the guard has seen the save, so it does not ask about a draft that is stored.
  const [createdId, setCreatedId] = useState<string | null>(null);
  useEffect(() => {
    if (createdId) void navigate(paths.complaints.detail.build(createdId), { replace: true });
  }, [createdId, navigate]);
  const form = useForm<Draft>({
    mode: 'controlled',
    initialValues: { personId: '', channel: 'email', category: 'marketing', receivedOn: '', summary: '' },
    validate: {
      personId: (value) => (value ? null : t('complaintRegister.personRequired')),
      receivedOn: (value) => (value ? null : t('complaintRegister.required')),
      summary: (value) => textError(value, SUMMARY_RULE, { required: t('complaintRegister.required') }),
    },
  });
  const submit = (values: Draft) => {
    setGeneral(null);
    register.mutate(
      { body: { ...values, summary: values.summary.trim() }, idempotencyKey },
      {
        onSuccess: (created) => setCreatedId(created.id),
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
        above={<BackLink to={paths.complaints.build()}>{t('complaintDetail.back')}</BackLink>}
        title={t('complaintRegister.title')}
        description={t('complaintRegister.description')}
      />
      <Stack gap="md" maw={880}>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="register-person-title">
          <Title order={2} size="h4" id="register-person-title" mb="xs">
            {t('complaintRegister.find.title')}
          </Title>
          <PersonFinder
            onFound={(found) => {
              setPeople(found);
              form.setFieldValue('personId', found.length === 1 ? (found[0]?.id ?? '') : '');
            }}
          />
          {people === null ? null : people.length === 0 ? (
            <Text size="sm" mt="sm" role="status">
              {t('complaintRegister.find.none')}
            </Text>
          ) : (
            <Radio.Group mt="sm" label={t('complaintRegister.find.pick')} {...form.getInputProps('personId')}>
              <Stack gap={6} mt={6}>
                {people.map((person) => (
                  <Radio
                    key={person.id}
                    value={person.id}
                    label={`${person.maskedName} · ${person.maskedEmail} · ${person.accountReference}`}
                    description={t('complaintRegister.find.personDescription', { country: person.country, plan: t(`complaintRegister.plan.${person.plan}`) })}
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
          {people === null && form.errors.personId ? (
            <Text size="sm" c="var(--mantine-color-error)" mt="xs">
              {form.errors.personId}
            </Text>
          ) : null}
        </Paper>
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="register-what-title">
          <form onSubmit={form.onSubmit(submit)} noValidate>
            <Stack gap="sm">
              <Title order={2} size="h4" id="register-what-title">
                {t('complaintRegister.what')}
              </Title>
              <ServerError error={general} title={t('complaintRegister.failed')} />
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <NativeSelect label={t('complaintRegister.channel')} data={COMPLAINT_CHANNELS.map((value) => ({ value, label: t(`complaintTerms.channel.${value}`) }))} {...form.getInputProps('channel')} />
                <NativeSelect label={t('complaintRegister.category')} data={COMPLAINT_CATEGORIES.map((value) => ({ value, label: t(`complaintTerms.category.${value}`) }))} {...form.getInputProps('category')} />
                <TextInput type="date" label={t('complaintRegister.receivedOn')} required {...form.getInputProps('receivedOn')} />
              </SimpleGrid>
              <Textarea label={t('complaintRegister.summary')} description={t('complaintRegister.summaryDescription')} required rows={4} {...form.getInputProps('summary')} />
              <Text size="xs" c="dimmed">
                {t('complaintRegister.deadline')}
              </Text>
              <Group justify="flex-end" gap="xs">
                <Button component={Link} to={paths.complaints.build()} variant="default">
                  {t('complaintRegister.cancel')}
                </Button>
                <Button type="submit" loading={register.isPending}>
                  {t('complaintRegister.submit')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </Stack>
      <LeaveGuard active={form.isDirty() && createdId === null} />
    </>
  );
}
