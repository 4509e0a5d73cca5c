import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the recipients area is built: replace this module's default export.
export default function RecipientsListRoute() {
  return <AreaComingSoon area="recipients" />;
}
