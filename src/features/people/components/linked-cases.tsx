import { Anchor, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { usePersonCases } from '../api/get-person';

/** The person's requests and complaints, each a link to its case. */
export function LinkedCases({ personId, dsarCount, complaintCount }: { personId: string; dsarCount: number; complaintCount: number }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cases = usePersonCases(personId);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="person-cases-title">
      <Title order={2} size="h4" id="person-cases-title" mb="xs">
        {t('peopleDetail.cases.title')}
      </Title>
      {cases.isPending ? (
        <LoadingSkeleton variant="table" count={3} label={t('peopleDetail.cases.loading')} />
      ) : cases.isError ? (
        <ErrorState error={cases.error} title={t('peopleDetail.cases.error')} onRetry={() => void cases.refetch()} />
      ) : (
        <Stack gap="sm">
          <div>
            <Text fw={600} size="sm">
              {t('peopleDetail.cases.dsars', { count: dsarCount })}
            </Text>
            {cases.data.dsars.length === 0 ? (
              <Text size="sm" c="dimmed">
                {dsarCount > 0 ? t('peopleDetail.cases.notVisible') : t('peopleDetail.cases.noDsars')}
              </Text>
            ) : (
              <List spacing={4} size="sm" listStyleType="none" ml={0} pl={0}>
                {cases.data.dsars.map((dsar) => (
                  <List.Item key={dsar.id}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor component={Link} to={paths.dsars.detail.build(dsar.id)} ff="monospace">
                        {dsar.reference}
                      </Anchor>
                      <Text size="sm">{t(`peopleDetail.cases.dsarType.${dsar.type}`)}</Text>
                      <Badge variant="dot" color="gray" radius="sm">
                        {t(`peopleDetail.cases.dsarStatus.${dsar.status}`)}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {t('peopleDetail.cases.received', { date: format.date(dsar.receivedAt) })}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
          <div>
            <Text fw={600} size="sm">
              {t('peopleDetail.cases.complaints', { count: complaintCount })}
            </Text>
            {cases.data.complaints.length === 0 ? (
              <Text size="sm" c="dimmed">
                {complaintCount > 0 ? t('peopleDetail.cases.notVisible') : t('peopleDetail.cases.noComplaints')}
              </Text>
            ) : (
              <List spacing={4} size="sm" listStyleType="none" ml={0} pl={0}>
                {cases.data.complaints.map((complaint) => (
                  <List.Item key={complaint.id}>
                    <Group gap="xs" wrap="wrap">
                      <Anchor component={Link} to={paths.complaints.detail.build(complaint.id)} ff="monospace">
                        {complaint.reference}
                      </Anchor>
                      <Badge variant="dot" color="gray" radius="sm">
                        {t(`peopleDetail.cases.complaintStatus.${complaint.status}`)}
                      </Badge>
                      <Text size="sm" c="dimmed">
                        {t('peopleDetail.cases.received', { date: format.date(complaint.receivedOn) })}
                      </Text>
                    </Group>
                  </List.Item>
                ))}
              </List>
            )}
          </div>
        </Stack>
      )}
    </Paper>
  );
}
