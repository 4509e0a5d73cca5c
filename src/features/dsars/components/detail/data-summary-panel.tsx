import { Group, List, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { IconBuilding, IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { useDataSummary } from '../../api/dsar-person-context';
import { QueryPanel } from './query-panel';

/**
 * For an access request: what Engcode holds about the person, named by category, never shown.
 * Answers "do you hold my data on behalf of a third party?" (Business plan: the employer).
 */
export function DataSummaryPanel({ dsar }: { dsar: Schemas['Dsar'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useDataSummary(dsar.id);

  return (
    <QueryPanel
      id="dsar-data-summary-title"
      title={t('dsarPersonData.title')}
      intro={t('dsarPersonData.intro')}
      query={query}
      loadingLabel={t('dsarPersonData.loading')}
      errorTitle={t('dsarPersonData.loadFailed')}
    >
      {(summary) => (
      <>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          {summary.engcodeRole === 'processor' ? <IconBuilding size={18} aria-hidden /> : <IconShieldCheck size={18} aria-hidden />}
          <Text size="sm" fw={600}>
            {summary.engcodeRole === 'processor'
              ? t('dsarPersonData.role.processor', { employer: summary.employer?.name ?? '' })
              : t('dsarPersonData.role.controller')}
          </Text>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('dsarPersonData.categoriesTitle')}
            </Title>
            <List size="sm" spacing={2}>
              {summary.categories.map((entry) => (
                <List.Item key={`${entry.category}-${entry.source}`}>
                  {t(`dsarPersonData.category.${entry.category}`)}{' '}
                  <Text span size="xs" c="dimmed">
                    ({t(`dsarPersonData.source.${entry.source}`)})
                  </Text>
                </List.Item>
              ))}
            </List>
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('dsarPersonData.recipientsTitle')}
            </Title>
            {summary.recipients.length === 0 ? (
              <Text size="sm">{t('dsarPersonData.noRecipients')}</Text>
            ) : (
              <List size="sm" spacing={2}>
                {summary.recipients.map((recipient) => (
                  <List.Item key={recipient.recipientId}>
                    {recipient.name}{' '}
                    <Text span size="xs" c="dimmed">
                      ({t(`dsarPersonData.recipientRole.${recipient.role}`)}: {recipient.dataCategories.map((category) => t(`dsarPersonData.category.${category}`)).join(', ')})
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </SimpleGrid>
        <Table verticalSpacing={4}>
          <Table.Caption style={{ captionSide: 'top', textAlign: 'start' }}>
            <Text fw={700} size="sm">
              {t('dsarPersonData.consentsTitle')}
            </Text>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dsarPersonData.purposeColumn')}</Table.Th>
              <Table.Th>{t('dsarPersonData.stateColumn')}</Table.Th>
              <Table.Th>{t('dsarPersonData.sinceColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {summary.consents.map((consent) => (
              <Table.Tr key={consent.purpose}>
                <Table.Th scope="row" fw={400}>
                  {t(`dsarPersonData.purpose.${consent.purpose}`)}
                </Table.Th>
                <Table.Td>
                  {/* Words first; the check mark repeats "granted" for a quick scan, never colour alone. */}
                  <Group gap={4} wrap="nowrap">
                    {consent.state === 'granted' ? <IconCircleCheck size={16} aria-hidden /> : null}
                    <Text size="sm" fw={consent.state === 'granted' ? 600 : 400}>
                      {t(`dsarPersonData.consentState.${consent.state}`)}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td>{consent.since ? format.date(consent.since) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </>
      )}
    </QueryPanel>
  );
}
