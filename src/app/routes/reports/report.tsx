import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the reports area is built: replace this module's default export.
export default function ReportsRoute() {
  return <AreaComingSoon area="reports" />;
}
