import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the compliance area is built: replace this module's default export.
export default function ComplianceListRoute() {
  return <AreaComingSoon area="compliance" />;
}
