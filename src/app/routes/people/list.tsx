import { AreaComingSoon } from '../area-coming-soon';

// Placeholder until the people area is built: replace this module's default export.
export default function PeopleListRoute() {
  return <AreaComingSoon area="people" />;
}
