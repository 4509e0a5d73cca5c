import '../translations';
import { Anchor, Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import { EmptyState } from '@/components/states/empty-state';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { useSearchPeople } from '../api/people-mutations';
import { ServerError } from '@/components/states/server-error';
import { useTextError } from '@/hooks/use-text-error';
import { EMAIL_ADDRESS, type TextRule } from '@/lib/text-rules';

type SearchBy = 'email' | 'accountReference';
const ACCOUNT_REFERENCE = /^EC-\d{7}$/i;
/** PersonSearchRequest in the contract. */
const TERM_RULES: Record<SearchBy, TextRule> = { email: { max: 254, required: true }, accountReference: { max: 20, required: true } };

/**
 * Find a person by email or account reference. The email goes in a POST body only: never in the
 * address bar, a query key or the history, and the answer is masked (a search reveals nothing).
 */
export function PeopleSearchPage() {
  const { t } = useTranslation();
  const search = useSearchPeople();
  const [by, setBy] = useState<SearchBy>('email');
  const textError = useTextError();
  const form = useForm({
    initialValues: { term: '' },
    validate: {
      term: (value) => {
        const term = value.trim();
        const problem = textError(value, TERM_RULES[by], { required: t(`peopleSearch.required.${by}`) });
        if (problem) return problem;
        if (by === 'email' && !EMAIL_ADDRESS.test(term)) return t('peopleSearch.invalid.email');
        if (by === 'accountReference' && !ACCOUNT_REFERENCE.test(term)) return t('peopleSearch.invalid.accountReference');
        return null;
      },
    },
  });
  const submit = form.onSubmit(({ term }) => {
    const value = term.trim();
    search.mutate(by === 'email' ? { email: value } : { accountReference: value.toUpperCase() }, {
      onError: (error) => {
        if (isApiError(error) && error.status === 422) form.setFieldError('term', Object.values(error.fieldErrorMap())[0] ?? t(`peopleSearch.invalid.${by}`));
      },
    });
  });
  const results = search.data?.items ?? null;

  return (
    <>
      <PageHeader title={t('peopleSearch.title')} description={t('peopleSearch.description')} />
      <Card withBorder padding="lg" mb="md" component="section" aria-labelledby="people-search-title">
        <form onSubmit={submit} noValidate autoComplete="off">
          <Stack gap="sm">
            <Text fw={600} id="people-search-title">
              {t('peopleSearch.formTitle')}
            </Text>
            <SegmentedControl
              aria-label={t('peopleSearch.by')}
              value={by}
              onChange={(value) => {
                setBy(value === 'accountReference' ? 'accountReference' : 'email');
                form.reset();
                search.reset();
              }}
              data={[
                { value: 'email', label: t('peopleSearch.byEmail') },
                { value: 'accountReference', label: t('peopleSearch.byAccountReference') },
              ]}
              w="fit-content"
            />
            {/* The button stays level with the field, also when an error shows below it. */}
            <Group align="flex-end" gap="sm">
              <TextInput
                {...form.getInputProps('term')}
                key={by}
                label={t(`peopleSearch.label.${by}`)}
                description={t(`peopleSearch.hint.${by}`)}
                type={by === 'email' ? 'email' : 'text'}
                required
                w={360}
                spellCheck={false}
              />
              <Button type="submit" mb={form.errors.term ? 22 : 0} leftSection={<IconSearch size={16} aria-hidden />} loading={search.isPending}>
                {t('peopleSearch.submit')}
              </Button>
            </Group>
            {search.error && !(isApiError(search.error) && search.error.status === 422) ? <ServerError error={search.error} title={t('peopleSearch.error')} /> : null}
          </Stack>
        </form>
      </Card>
      <Text size="sm" c="dimmed" mb="md">
        {t('peopleSearch.fromCases')}
      </Text>
      {results === null ? null : results.length === 0 ? (
        <EmptyState title={t('peopleSearch.noneTitle')} description={t('peopleSearch.noneDescription')} />
      ) : (
        <Card withBorder padding="md" component="section" aria-labelledby="people-results-title">
          <Text fw={600} id="people-results-title" mb="xs" role="status">
            {t('peopleSearch.found', { count: results.length })}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('peopleSearch.columns.person')}</Table.Th>
                  <Table.Th scope="col">{t('peopleSearch.columns.email')}</Table.Th>
                  <Table.Th scope="col">{t('peopleSearch.columns.accountReference')}</Table.Th>
                  <Table.Th scope="col">{t('peopleSearch.columns.country')}</Table.Th>
                  <Table.Th scope="col">{t('peopleSearch.columns.plan')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {results.map((person) => (
                  <Table.Tr key={person.id}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={paths.people.detail.build(person.id)}>
                        {t('peopleSearch.open', { name: person.maskedName, reference: person.accountReference })}
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{person.maskedEmail}</Table.Td>
                    <Table.Td ff="monospace">{person.accountReference}</Table.Td>
                    <Table.Td>{t(`consentTerms.country.${person.country}`)}</Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={person.plan === 'business' ? 'grape' : 'blue'}>
                        {t(`consentTerms.plan.${person.plan}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </>
  );
}
