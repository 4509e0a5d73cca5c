import { Anchor, Group, List, Text, Title } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { paths } from '@/config/paths';
import { useFormatters } from '@/hooks/use-formatters';
import { useRelated } from '../../api/dsar-person-context';
import { QueryPanel } from './query-panel';

/** The same person's other requests and complaints, each a link; what a colleague handles is counted, not shown. */
export function RelatedPanel({ dsarId }: { dsarId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const query = useRelated(dsarId);

  return (
    <QueryPanel id="dsar-related-title" title={t('dsarRelated.title')} query={query} loadingLabel={t('dsarRelated.loading')} errorTitle={t('dsarRelated.loadFailed')}>
      {(related) => (
        <>
          <RelatedList
            id="dsar-related-requests"
            title={t('dsarRelated.dsarsTitle', { count: related.dsars.length })}
            empty={t('dsarRelated.noDsars')}
            hidden={related.hiddenDsars > 0 ? t('dsarRelated.hiddenDsars', { count: related.hiddenDsars }) : null}
            items={related.dsars.map((other) => ({
              id: other.id,
              reference: other.reference,
              to: paths.dsars.detail.build(other.id),
              text: t('dsarRelated.dsarLine', { type: t(`dsarTerms.type.${other.type}`), status: t(`dsarTerms.status.${other.status}`), received: format.date(other.receivedAt) }),
            }))}
          />
          <RelatedList
            id="dsar-related-complaints"
            title={t('dsarRelated.complaintsTitle', { count: related.complaints.length })}
            empty={t('dsarRelated.noComplaints')}
            hidden={related.hiddenComplaints > 0 ? t('dsarRelated.hiddenComplaints', { count: related.hiddenComplaints }) : null}
            items={related.complaints.map((complaint) => ({
              id: complaint.id,
              reference: complaint.reference,
              to: paths.complaints.detail.build(complaint.id),
              text:
                t('dsarRelated.complaintLine', {
                  category: t(`dsarRelated.complaintCategory.${complaint.category}`),
                  status: t(`dsarRelated.complaintStatus.${complaint.status}`),
                  received: format.date(complaint.receivedOn),
                }) + (complaint.escalated ? ` · ${t('dsarRelated.escalated')}` : ''),
            }))}
          />
        </>
      )}
    </QueryPanel>
  );
}

interface RelatedListProps {
  id: string;
  title: string;
  empty: string;
  hidden: string | null;
  items: Array<{ id: string; reference: string; to: string; text: ReactNode }>;
}

function RelatedList({ id, title, empty, hidden, items }: RelatedListProps) {
  return (
    <div>
      <Title order={3} size="h5" mb={4} id={id}>
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby={id}>
          {items.map((item) => (
            <List.Item key={item.id}>
              <Anchor component={Link} to={item.to} ff="monospace" size="sm">
                {item.reference}
              </Anchor>{' '}
              <Text span size="sm">
                {item.text}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
      {hidden ? (
        <Group gap={6} mt={4} wrap="nowrap">
          <IconEyeOff size={14} aria-hidden />
          <Text size="xs" c="dimmed">
            {hidden}
          </Text>
        </Group>
      ) : null}
    </div>
  );
}
