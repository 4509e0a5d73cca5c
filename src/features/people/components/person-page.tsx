import '../translations';
import { Grid, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { BackLink } from '@/components/back-link';
import { PageHeader } from '@/components/page-header';
import { paths } from '@/config/paths';
import { usePerson } from '../api/get-person';
import { ConsentHistory } from './consent-history';
import { CurrentConsents } from './current-consents';
import { LinkedCases } from './linked-cases';
import { PersonIdentity } from './person-identity';
import { RecordConsentChange } from './record-consent-change';

export interface PersonPageProps {
  personId: string;
  canReveal: boolean;
  canRecord: boolean;
  /** A recorded change makes figures outside this feature stale; the app layer says which. */
  onConsentRecorded?: () => void;
}

/** One person's consent, with proof: identity masked until revealed, state per purpose, full history, cases. */
export function PersonPage({ personId, canReveal, canRecord, onConsentRecorded }: PersonPageProps) {
  const { t } = useTranslation();
  const person = usePerson(personId);
  const [recording, setRecording] = useState(false);
  const back = <BackLink to={paths.people.build()}>{t('peopleDetail.back')}</BackLink>;

  if (person.isPending) {
    return (
      <>
        <PageHeader title={t('peopleDetail.loadingTitle')} above={back} />
        <LoadingSkeleton variant="page" label={t('peopleDetail.loading')} />
      </>
    );
  }
  if (person.isError) {
    return (
      <>
        <PageHeader title={t('peopleDetail.errorTitle')} above={back} />
        <ErrorState error={person.error} title={t('peopleDetail.error')} onRetry={() => void person.refetch()} />
      </>
    );
  }
  const data = person.data;
  return (
    <>
      <PageHeader title={t('peopleDetail.title', { name: data.maskedName, reference: data.accountReference })} description={t('peopleDetail.description')} above={back} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <PersonIdentity person={data} canReveal={canReveal} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <LinkedCases personId={personId} dsarCount={data.dsarCount} complaintCount={data.complaintCount} />
        </Grid.Col>
      </Grid>
      <Stack gap="md" mt="md">
        <CurrentConsents consents={data.consents} onRecord={canRecord ? () => setRecording(true) : null} />
        <ConsentHistory personId={personId} />
      </Stack>
      {canRecord ? <RecordConsentChange personId={personId} consents={data.consents} opened={recording} onClose={() => setRecording(false)} onRecorded={onConsentRecorded} /> : null}
    </>
  );
}
