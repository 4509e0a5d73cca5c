import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the disclosures area is built: replace this module's default export.
export default function DisclosuresRoute() {
  return <AreaComingSoon area="disclosures" />;
}
