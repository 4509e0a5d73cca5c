import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { isApiError } from '@/api/api-error';

/**
 * The server's own words for a refusal (409) or failure, announced when it appears. `otherwise`
 * is what to say when there are none (a network failure); without it the title stands alone.
 */
export function ServerError({ error, title, otherwise = null }: { error: unknown; title: string; otherwise?: string | null }) {
  if (!error) return null;
  const detail = isApiError(error) ? (error.problem.detail ?? error.problem.title) : otherwise;
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden />} title={title}>
      {detail}
    </Alert>
  );
}
