import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the compliance area is built: replace this module's default export.
export default function ComplianceDetailRoute() {
  return <AreaComingSoon area="compliance" page="detail" />;
}
