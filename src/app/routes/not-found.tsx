import { NotFound } from '@/components/states/not-found';

/** Any address the console does not know, shown inside the shell. */
export default function NotFoundRoute() {
  return <NotFound />;
}
