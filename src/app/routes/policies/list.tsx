import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the policies area is built: replace this module's default export.
export default function PoliciesRoute() {
  return <AreaComingSoon area="policies" />;
}
