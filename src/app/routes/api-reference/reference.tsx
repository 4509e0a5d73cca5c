import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the apiReference area is built: replace this module's default export.
export default function ApiReferenceRoute() {
  return <AreaComingSoon area="apiReference" />;
}
