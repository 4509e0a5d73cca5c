import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the audit area is built: replace this module's default export.
export default function AuditLogRoute() {
  return <AreaComingSoon area="audit" />;
}
