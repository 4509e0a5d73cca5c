import { Box, Group, SimpleGrid, Skeleton, Stack, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface LoadingSkeletonProps {
  /** The shape of what is coming, so the page does not jump when it arrives. */
  variant?: 'cards' | 'table' | 'page';
  /** Spoken to screen readers, e.g. "Loading the overview figures"; defaults to "Loading…". */
  label?: string;
  count?: number;
}

/** Grey placeholders in the shape of the content, with a spoken "loading" for screen readers. */
export function LoadingSkeleton({ variant = 'page', label, count }: LoadingSkeletonProps) {
  const { t } = useTranslation();
  return (
    <Box role="status" aria-live="polite" aria-busy="true">
      <VisuallyHidden>{label ?? t('states.loading')}</VisuallyHidden>
      <div aria-hidden>
        {variant === 'cards' ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {Array.from({ length: count ?? 6 }, (_, index) => (
              <Skeleton key={index} height={132} radius="md" />
            ))}
          </SimpleGrid>
        ) : variant === 'table' ? (
          <Stack gap="xs">
            <Skeleton height={36} radius="sm" />
            {Array.from({ length: count ?? 8 }, (_, index) => (
              <Skeleton key={index} height={28} radius="sm" />
            ))}
          </Stack>
        ) : (
          <Stack gap="md">
            <Skeleton height={32} width="40%" radius="sm" />
            <Skeleton height={16} width="70%" radius="sm" />
            <Group grow>
              <Skeleton height={120} radius="md" />
              <Skeleton height={120} radius="md" />
            </Group>
            <Skeleton height={220} radius="md" />
          </Stack>
        )}
      </div>
    </Box>
  );
}
