import { PeopleSearchPage } from '@/features/people/components/people-search-page';

export default function PeopleListRoute() {
  return <PeopleSearchPage />;
}
