import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the complaints area is built: replace this module's default export.
export default function ComplaintsDetailRoute() {
  return <AreaComingSoon area="complaints" page="detail" />;
}
