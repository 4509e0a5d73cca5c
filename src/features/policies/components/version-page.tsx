import '../translations';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { useFormatters } from '@/hooks/use-formatters';
import { useVersion } from '../api/policy-queries';
import { AnnouncementPanel } from './announcement-panel';

/** One policy version: its change in both languages and, for a material change, how far its announcement reached. */
export function VersionPage({ versionId, canWrite, listPath }: { versionId: string; canWrite: boolean; listPath: string }) {
  const { t } = useTranslation();
  const f = useFormatters();
  const version = useVersion(versionId);
  const back = (
    <Anchor component={Link} to={listPath} size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('policiesVersions.back')}
      </Group>
    </Anchor>
  );
  if (version.isPending) return <LoadingSkeleton variant="page" label={t('policiesVersions.loadingVersion')} />;
  if (version.isError) {
    return (
      <>
        {back}
        <ErrorState error={version.error} title={t('policiesVersions.errorVersion')} onRetry={() => void version.refetch()} headingLevel={1} />
      </>
    );
  }
  const data = version.data;
  return (
    <>
      <PageHeader
        above={back}
        title={t('policiesVersions.versionTitle', { version: data.version })}
        description={t('policiesVersions.versionDescription', { effective: f.date(data.effectiveOn), published: f.dateTime(data.publishedAt) })}
        actions={
          <Badge size="lg" variant={data.material ? 'filled' : 'outline'} color={data.material ? 'blue.8' : 'gray'} radius="sm" styles={{ label: { textTransform: 'none' } }}>
            {data.material ? t('policiesVersions.material') : t('policiesVersions.minor')}
          </Badge>
        }
      />
      <Stack gap="md">
        <Paper withBorder p="md" radius="md" component="section" aria-labelledby="version-summary-title">
          <Title order={2} size="h4" id="version-summary-title" mb="sm">
            {t('policiesVersions.summaryTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('policiesVersions.inDutch')}
              </Text>
              <Text size="sm" lang="nl">
                {data.summary.nl}
              </Text>
            </Stack>
            <Stack gap={4}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                {t('policiesVersions.inEnglish')}
              </Text>
              <Text size="sm" lang="en">
                {data.summary.en}
              </Text>
            </Stack>
          </SimpleGrid>
        </Paper>
        {data.announcementId ? (
          <AnnouncementPanel announcementId={data.announcementId} canWrite={canWrite} />
        ) : (
          <Paper withBorder p="md" radius="md">
            <Text size="sm">{t('policiesVersions.noAnnouncementExplained')}</Text>
          </Paper>
        )}
      </Stack>
    </>
  );
}
