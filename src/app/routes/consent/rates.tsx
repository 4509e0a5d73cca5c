import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the consent area is built: replace this module's default export.
export default function ConsentRatesRoute() {
  return <AreaComingSoon area="consent" />;
}
