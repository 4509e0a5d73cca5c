import { Paper, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';

interface QueryPanelProps<T> {
  /** The heading's id; the section is labelled by it. */
  id: string;
  title: string;
  intro?: string;
  query: UseQueryResult<T>;
  loadingLabel: string;
  errorTitle: string;
  children: (data: T) => ReactNode;
}

/** A side section of the request page fed by its own query: heading, then loading, error (with retry) or content. */
export function QueryPanel<T>({ id, title, intro, query, loadingLabel, errorTitle, children }: QueryPanelProps<T>) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {intro ? (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        ) : null}
        {query.isPending ? (
          <LoadingSkeleton variant="table" count={3} label={loadingLabel} />
        ) : query.isError ? (
          <ErrorState error={query.error} title={errorTitle} onRetry={() => void query.refetch()} headingLevel={3} />
        ) : (
          children(query.data)
        )}
      </Stack>
    </Paper>
  );
}
