import { ConsentPage } from '@/features/consent/components/consent-page';

// Management and the privacy officer see rates only: nothing here links to a single person.
export default function ConsentRatesRoute() {
  return <ConsentPage />;
}
