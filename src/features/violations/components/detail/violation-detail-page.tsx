import '../../translations';
import { Alert, Anchor, Grid, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEyeCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '@/api/api-error';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotFound } from '@/components/states/not-found';
import { NotPermitted } from '@/components/states/not-permitted';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { useViolation } from '../../api/violation-queries';
import { SeverityText } from '../severity-text';
import { ViolationForm } from './violation-form';

function Fact({ label, children }: { label: string; children: ReactNode }) {
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

function BackToList() {
  const { t } = useTranslation();
  return <BackLink to={paths.violations.build()}>{t('violationDetail.back')}</BackLink>;
}


/** One employee violation record; opening it is itself written to the audit log by the server. */
export function ViolationDetailPage({ violationId, canWrite }: { violationId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { date, dateTime } = useFormatters();
  const query = useViolation(violationId);
  const [dirty, setDirty] = useState(false);

  if (query.isPending) return <LoadingSkeleton variant="page" label={t('violationDetail.loading')} />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    if (status === 404) return <NotFound title={t('violationDetail.notFoundTitle')} description={t('violationDetail.notFoundDescription')} />;
    if (status === 403) return <NotPermitted />;
    return <ErrorState headingLevel={1} error={query.error} onRetry={() => void query.refetch()} title={t('violationDetail.loadFailed')} />;
  }
  const record = query.data.data;

  return (
    <>
      <PageHeader above={<BackToList />} title={t('violationDetail.title', { reference: record.reference })} description={t('violationDetail.subtitle', { department: record.department, status: t(`violationTerms.status.${record.status}`) })} />
      <Alert role="note" variant="light" color="blue" icon={<IconEyeCheck aria-hidden />} mb="md">
        {t('violationDetail.audited')}
      </Alert>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md" radius="md" component="section" aria-labelledby="violation-record-title">
            <Stack gap="sm">
              <Title order={2} size="h4" id="violation-record-title">
                {t('violationDetail.record')}
              </Title>
              <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} spacing="sm" m={0}>
                <Fact label={t('violationDetail.employee')}>{record.employeeName}</Fact>
                <Fact label={t('violationDetail.department')}>{record.department}</Fact>
                <Fact label={t('violationDetail.occurredOn')}>{date(record.occurredOn)}</Fact>
                <Fact label={t('violationDetail.reportedBy')}>{record.reportedBy}</Fact>
                <Fact label={t('violationDetail.severity')}>
                  <SeverityText severity={record.severity} />
                </Fact>
                <Fact label={t('violationDetail.status')}>{t(`violationTerms.status.${record.status}`)}</Fact>
                <Fact label={t('violationDetail.measure')}>{record.measure ? t(`violationTerms.measure.${record.measure}`) : t('violationTerms.measure.undecided')}</Fact>
                <Fact label={t('violationDetail.decision')}>
                  {record.decidedOn && record.decidedBy ? t('violationDetail.decidedOnBy', { date: date(record.decidedOn), by: record.decidedBy }) : t('violationDetail.noDecision')}
                </Fact>
                <Fact label={t('violationDetail.createdAt')}>{dateTime(record.createdAt)}</Fact>
                <Fact label={t('violationDetail.retention')}>{record.retentionUntil ? t('violationDetail.retentionUntil', { date: date(record.retentionUntil) }) : t('violationDetail.retentionOpen')}</Fact>
              </SimpleGrid>
              <div>
                <Text size="sm" c="dimmed">
                  {t('violationDetail.section', { section: record.policySection })}
                </Text>
                <Text component="blockquote" lang="nl" size="sm" m={0} mt={4} pl="sm" fs="italic" style={{ borderInlineStart: '3px solid var(--mantine-color-default-border)' }}>
                  “{record.policyQuote}”
                </Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('violationDetail.description')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {record.description}
                </Text>
              </div>
              <div>
                <Text size="sm" c="dimmed">
                  {t('violationDetail.revealedBy')}
                </Text>
                {record.complaintId ? (
                  <Anchor component={Link} to={paths.complaints.detail.build(record.complaintId)} size="sm">
                    {t('violationDetail.complaintLink')}
                  </Anchor>
                ) : record.checkId ? (
                  <Anchor component={Link} to={paths.compliance.detail.build(record.checkId)} size="sm">
                    {t('violationDetail.checkLink')}
                  </Anchor>
                ) : (
                  <Text size="sm">{t('violationDetail.noLink')}</Text>
                )}
              </div>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          {canWrite && record.status !== 'closed' ? (
            <ViolationForm current={query.data} onDirtyChange={setDirty} />
          ) : (
            <Alert role="note" variant="light" color="gray" title={t('violationDetail.closedTitle')}>
              {record.status === 'closed' ? t('violationDetail.closedBody', { date: record.retentionUntil ? date(record.retentionUntil) : '' }) : t('violationDetail.readOnly')}
            </Alert>
          )}
        </Grid.Col>
      </Grid>
      <UnsavedChangesGuard when={dirty} labels={guardLabels(t, 'violationDetail.leave')} />
    </>
  );
}
