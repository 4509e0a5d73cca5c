import '../../translations';
import { Grid, Group, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotFound } from '@/components/states/not-found';
import { StatePanel } from '@/components/states/state-panel';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useComplaint } from '../../api/complaint-queries';
import { EscalationBadge } from '../escalation-badge';
import { ComplainantPanel } from './complainant-panel';
import { ComplaintFacts, ComplaintLinks } from './complaint-facts';
import { EscalationBanner, EscalationPanel } from './escalation-panel';
import { HandlingForm } from './handling-form';
import { LeaveGuard } from './leave-guard';
import { TimelinePanel } from './timeline-panel';
import { can, type ComplaintViewer } from './viewer';

function BackToList() {
  const { t } = useTranslation();
  return <BackLink to={paths.complaints.build()}>{t('complaintDetail.back')}</BackLink>;
}

function AssignedElsewhere() {
  const { t } = useTranslation();
  useDocumentTitle(t('complaintDetail.forbiddenTitle'));
  return <StatePanel headingLevel={1} color="gray" icon={<IconLock />} title={t('complaintDetail.forbiddenTitle')} description={t('complaintDetail.forbiddenDescription')} actions={<BackToList />} />;
}

/** One complaint: what was said, its deadline, who handles it, the escalation and the conversation. */
export function ComplaintDetailPage({ complaintId, viewer }: { complaintId: string; viewer: ComplaintViewer }) {
  const { t } = useTranslation();
  const query = useComplaint(complaintId);
  const [drafts, setDrafts] = useState<Record<string, boolean>>({});
  const onDraftChange = useCallback((key: string, dirty: boolean) => setDrafts((current) => (current[key] === dirty ? current : { ...current, [key]: dirty })), []);
  const onHandlingDirty = useCallback((dirty: boolean) => onDraftChange('handling', dirty), [onDraftChange]);
  const onEscalationDirty = useCallback((dirty: boolean) => onDraftChange('escalation', dirty), [onDraftChange]);

  if (query.isPending) return <LoadingSkeleton variant="page" label={t('complaintDetail.loading')} />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    if (status === 404) return <NotFound title={t('complaintDetail.notFoundTitle')} description={t('complaintDetail.notFoundDescription')} />;
    if (status === 403) return <AssignedElsewhere />;
    return <ErrorState headingLevel={1} error={query.error} onRetry={() => void query.refetch()} title={t('complaintDetail.loadFailed')} />;
  }
  const complaint = query.data.data;
  const canWrite = can(viewer, 'complaints_write');

  return (
    <>
      <PageHeader
        above={<BackToList />}
        title={t('complaintDetail.title', { reference: complaint.reference })}
        description={
          <Group gap="xs" component="span">
            {t('complaintDetail.subtitle', { category: t(`complaintTerms.category.${complaint.category}`), status: t(`complaintTerms.status.${complaint.status}`) })}
            <EscalationBadge escalation={complaint.escalation} />
          </Group>
        }
      />
      {complaint.escalation ? <EscalationBanner escalation={complaint.escalation} /> : null}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <ComplaintFacts complaint={complaint} />
            <TimelinePanel complaintId={complaint.id} canWrite={canWrite} closed={complaint.status === 'closed'} onDirtyChange={onDraftChange} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <ComplainantPanel person={complaint.person} mayReveal={can(viewer, 'people_reveal')} />
            {canWrite ? <HandlingForm current={query.data} viewer={viewer} onDirtyChange={onHandlingDirty} /> : null}
            <EscalationPanel current={query.data} canWrite={canWrite} onDirtyChange={onEscalationDirty} />
            <ComplaintLinks complaint={complaint} showViolations={can(viewer, 'violations_read')} />
          </Stack>
        </Grid.Col>
      </Grid>
      <LeaveGuard active={Object.values(drafts).some(Boolean)} />
    </>
  );
}
