import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '@/api/api-error';

/** The server's own words for a refusal (409) or failure, announced when it appears. */
export function ServerError({ error, title }: { error: unknown; title: string }) {
  if (!error) return null;
  const detail = isApiError(error) ? (error.problem.detail ?? error.problem.title) : null;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title}>
      {detail}
    </Alert>
  );
}
