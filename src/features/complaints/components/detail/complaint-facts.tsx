import { Anchor, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '@/api/types';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { DeadlineBand } from '../deadline-band';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} size="sm">
        {children}
      </Text>
    </div>
  );
}

/** What arrived, when, how, and by when it must be answered. */
export function ComplaintFacts({ complaint }: { complaint: Schemas['Complaint'] }) {
  const { t } = useTranslation();
  const { date } = useFormatters();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-facts-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="complaint-facts-title">
          {t('complaintDetail.facts.title')}
        </Title>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3 }} spacing="sm" m={0}>
          <Fact label={t('complaintDetail.facts.category')}>{t(`complaintTerms.category.${complaint.category}`)}</Fact>
          <Fact label={t('complaintDetail.facts.channel')}>{t(`complaintTerms.channel.${complaint.channel}`)}</Fact>
          <Fact label={t('complaintDetail.facts.status')}>{t(`complaintTerms.status.${complaint.status}`)}</Fact>
          <Fact label={t('complaintDetail.facts.receivedOn')}>{date(complaint.receivedOn)}</Fact>
          <Fact label={t('complaintDetail.facts.responseDueOn')}>
            <Group component="span" gap={6}>
              {date(complaint.responseDueOn)}
              <DeadlineBand band={complaint.band} />
            </Group>
          </Fact>
          <Fact label={t('complaintDetail.facts.assignee')}>{complaint.assignee?.displayName ?? t('complaintDetail.handling.unassigned')}</Fact>
        </SimpleGrid>
        <Text size="xs" c="dimmed">
          {t('complaintDetail.facts.deadlineRule')}
        </Text>
        <div>
          <Text size="sm" c="dimmed">
            {t('complaintDetail.facts.said')}
          </Text>
          <Text component="blockquote" m={0} mt={4} pl="sm" style={{ borderInlineStart: '3px solid var(--mantine-color-default-border)', whiteSpace: 'pre-wrap' }}>
            {complaint.summary}
          </Text>
        </div>
        {complaint.resolution ? (
          <div>
            <Text size="sm" c="dimmed">
              {t('complaintDetail.facts.resolution')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {complaint.resolution}
            </Text>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Requests and violation records this complaint is linked to (records only for the privacy officer). */
export function ComplaintLinks({ complaint, showViolations }: { complaint: Schemas['Complaint']; showViolations: boolean }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="complaint-links-title">
      <Title order={2} size="h4" id="complaint-links-title" mb="xs">
        {t('complaintDetail.links.title')}
      </Title>
      <Text size="sm" fw={600}>
        {t('complaintDetail.links.dsars')}
      </Text>
      {complaint.linkedDsarIds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('complaintDetail.links.noDsars')}
        </Text>
      ) : (
        <List size="sm">
          {complaint.linkedDsarIds.map((id, index) => (
            <List.Item key={id}>
              <Anchor component={Link} to={paths.dsars.detail.build(id)}>
                {t('complaintDetail.links.dsar', { number: index + 1 })}
              </Anchor>
            </List.Item>
          ))}
        </List>
      )}
      {showViolations ? (
        <>
          <Text size="sm" fw={600} mt="sm">
            {t('complaintDetail.links.violations')}
          </Text>
          {complaint.linkedViolationIds.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('complaintDetail.links.noViolations')}
            </Text>
          ) : (
            <List size="sm">
              {complaint.linkedViolationIds.map((id, index) => (
                <List.Item key={id}>
                  <Anchor component={Link} to={paths.violations.detail.build(id)}>
                    {t('complaintDetail.links.violation', { number: index + 1 })}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          )}
          <Anchor component={Link} to={paths.violations.create.build({ complaintId: complaint.id })} size="sm" mt="xs" display="inline-block">
            {t('complaintDetail.links.openViolation')}
          </Anchor>
        </>
      ) : null}
    </Paper>
  );
}
