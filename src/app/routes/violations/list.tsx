import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the violations area is built: replace this module's default export.
export default function ViolationsRoute() {
  return <AreaComingSoon area="violations" />;
}
