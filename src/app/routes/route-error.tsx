import { Container } from '@mantine/core';
import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '@/api/api-error';
import { ErrorState } from '@/components/states/error-state';
import { NotFound } from '@/components/states/not-found';
import { NotPermitted } from '@/components/states/not-permitted';

function ErrorContent() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const status = isApiError(error) ? error.status : isRouteErrorResponse(error) ? error.status : null;
  if (status === 403) return <NotPermitted />;
  if (status === 404) return <NotFound />;
  // Revalidating re-runs the loaders and clears the error, which re-renders the page.
  return <ErrorState error={error} headingLevel={1} onRetry={() => void revalidator.revalidate()} />;
}

/** A failure inside the shell (a loader or a page threw): designed, with a way to retry. */
export function RouteError() {
  return <ErrorContent />;
}

/** A failure before the shell could render (the session itself): full page. */
export function RootError() {
  return (
    <Container component="main" size="sm" py="xl" id="main-content">
      <ErrorContent />
    </Container>
  );
}
