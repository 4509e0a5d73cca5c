import { useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { consentKeys } from '@/features/consent/api/consent-keys';
import { PersonPage } from '@/features/people/components/person-page';
import { usePermission } from '@/features/session/hooks/use-permission';

// The app layer composes the two features: a consent change recorded on the person's page makes
// the consent rates and expirations stale, so they include it on their next load.
export default function PeopleDetailRoute() {
  const { personId = '' } = useParams();
  const queryClient = useQueryClient();
  const canReveal = usePermission('people_reveal');
  const canRecord = usePermission('consent_write');
  return (
    <PersonPage
      key={personId}
      personId={personId}
      canReveal={canReveal}
      canRecord={canRecord}
      onConsentRecorded={() => void queryClient.invalidateQueries({ queryKey: consentKeys.all })}
    />
  );
}
