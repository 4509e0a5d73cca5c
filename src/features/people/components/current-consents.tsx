import { Button, Group, Paper, Table, Text, Title } from '@mantine/core';
import { IconPencilPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '@/api/types';
import { useFormatters } from '@/hooks/use-formatters';
import { DecisionBadge } from './decision-badge';

export interface CurrentConsentsProps {
  consents: readonly Schemas['PurposeConsent'][];
  /** Offered to who may record a change (support and the privacy officer). */
  onRecord: (() => void) | null;
}

/** The state of every purpose now: the latest decision wins; strictly necessary cookies need none. */
export function CurrentConsents({ consents, onRecord }: CurrentConsentsProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-consents-title">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={2} size="h4" id="person-consents-title">
            {t('peopleDetail.consents.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('peopleDetail.consents.description')}
          </Text>
        </div>
        {onRecord ? (
          <Button leftSection={<IconPencilPlus size={16} aria-hidden />} onClick={onRecord}>
            {t('peopleDetail.record.open')}
          </Button>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table striped verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('peopleDetail.consents.purpose')}</Table.Th>
              <Table.Th scope="col">{t('peopleDetail.consents.state')}</Table.Th>
              <Table.Th scope="col">{t('peopleDetail.consents.since')}</Table.Th>
              <Table.Th scope="col">{t('peopleDetail.consents.policyVersion')}</Table.Th>
              <Table.Th scope="col">{t('peopleDetail.consents.expiresOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {consents.map((consent) => (
              <Table.Tr key={consent.purpose}>
                <Table.Th scope="row" fw={500}>
                  {t(`consentTerms.purpose.${consent.purpose}`)}
                </Table.Th>
                <Table.Td>
                  <DecisionBadge state={consent.state} />
                  {consent.state === 'not_required' ? (
                    <Text size="xs" c="dimmed" mt={2}>
                      {t('peopleDetail.consents.notRequired')}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{consent.since ? format.dateTime(consent.since) : '—'}</Table.Td>
                <Table.Td>{consent.policyVersion ? `v${consent.policyVersion.version}` : '—'}</Table.Td>
                <Table.Td>{consent.expiresOn ? format.date(consent.expiresOn) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
