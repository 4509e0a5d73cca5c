import '../../translations';
import { Grid, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/api-error';
import type { Schemas } from '@/api/types';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotFound } from '@/components/states/not-found';
import { StatePanel } from '@/components/states/state-panel';
import { paths } from '@/config/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useFormatters } from '@/hooks/use-formatters';
import { useDsar } from '../../api/get-dsar';
import { AssigneeControl } from './assignee-control';
import { DeadlinePanel } from './deadline-panel';
import { DescriptionPanel } from './description-panel';
import { DsarSummary } from './dsar-summary';
import { ExtensionPanel } from './extension-panel';
import { PersonPanel } from './person-panel';
import { DataSummaryPanel } from './data-summary-panel';
import { RecipientChecklistPanel } from './recipient-checklist-panel';
import { RelatedPanel } from './related-panel';
import { TimelinePanel } from './timeline-panel';
import { TransitionActions } from './transition-actions';
import { guardLabels, UnsavedChangesGuard } from '@/components/forms/unsaved-changes-guard';

/** GDPR Art. 19: recipients are told of a rectification, an erasure or a restriction; an objection stops their processing too. */
const ART19_TYPES: ReadonlySet<Schemas['DsarType']> = new Set(['rectification', 'erasure', 'restriction', 'objection']);
/** Access (Art. 15) and portability (Art. 20) are answered from what Engcode holds. */
const SUMMARY_TYPES: ReadonlySet<Schemas['DsarType']> = new Set(['access', 'portability']);

function BackToList() {
  const { t } = useTranslation();
  return <BackLink to={paths.dsars.build()}>{t('dsarDetail.backToQueue')}</BackLink>;
}

function Forbidden() {
  const { t } = useTranslation();
  useDocumentTitle(t('dsarDetail.forbiddenTitle'));
  return <StatePanel headingLevel={1} color="gray" icon={<IconLock />} title={t('dsarDetail.forbiddenTitle')} description={t('dsarDetail.forbiddenDescription')} actions={<BackToList />} />;
}

/** One request and its workflow: the server decides what may happen next; the page explains it. */
export function DsarDetailPage({ dsarId }: { dsarId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useDsar(dsarId);
  const [drafts, setDrafts] = useState<Record<string, boolean>>({});
  const onDraftChange = useCallback((key: string, dirty: boolean) => {
    setDrafts((current) => (current[key] === dirty ? current : { ...current, [key]: dirty }));
  }, []);
  const hasDraft = Object.values(drafts).some(Boolean);

  if (query.isPending) return <LoadingSkeleton variant="page" label={t('dsarDetail.loading')} />;
  if (query.isError) {
    const status = isApiError(query.error) ? query.error.status : 0;
    if (status === 404) return <NotFound title={t('dsarDetail.notFoundTitle')} description={t('dsarDetail.notFoundDescription')} />;
    if (status === 403) return <Forbidden />;
    return <ErrorState headingLevel={1} error={query.error} onRetry={() => void query.refetch()} title={t('dsarDetail.loadFailed')} />;
  }

  const { data: dsar, etag } = query.data;
  return (
    <>
      <PageHeader
        above={<BackToList />}
        title={t('dsarDetail.header.title', { reference: dsar.reference })}
        description={t('dsarDetail.header.summary', {
          type: t(`dsarTerms.type.${dsar.type}`),
          received: format.date(dsar.receivedAt),
          channel: t(`dsarTerms.channel.${dsar.channel}`),
        })}
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <DsarSummary dsar={dsar} />
            <TransitionActions dsar={dsar} etag={etag} onDraftChange={onDraftChange} />
            <DescriptionPanel dsar={dsar} etag={etag} onDraftChange={onDraftChange} />
            {ART19_TYPES.has(dsar.type) ? <RecipientChecklistPanel dsar={dsar} onDraftChange={onDraftChange} /> : null}
            {SUMMARY_TYPES.has(dsar.type) ? <DataSummaryPanel dsar={dsar} /> : null}
            <TimelinePanel dsarId={dsar.id} onDraftChange={onDraftChange} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <DeadlinePanel dsar={dsar} />
            <ExtensionPanel dsar={dsar} etag={etag} onDraftChange={onDraftChange} />
            <AssigneeControl dsar={dsar} etag={etag} />
            <PersonPanel person={dsar.person} />
            <RelatedPanel dsarId={dsar.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <UnsavedChangesGuard when={hasDraft} labels={guardLabels(t, 'dsarDetail.unsaved')} />
    </>
  );
}
