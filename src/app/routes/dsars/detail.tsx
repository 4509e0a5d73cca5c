import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the dsars area is built: replace this module's default export.
export default function DsarsDetailRoute() {
  return <AreaComingSoon area="dsars" page="detail" />;
}
