import { Badge, List, Text } from '@mantine/core';
import { IconHammer } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../page-header';
import { StatePanel } from './state-panel';

interface ComingSoonProps {
  /** The page's name, as in the navigation. */
  title: string;
  /** What the page will do, in a sentence. */
  description: string;
  /** What it will let people do, one line each. */
  capabilities?: string[];
}

/** A page that is planned but not built yet: says so, and says what it will do. Never a broken screen. */
export function ComingSoon({ title, description, capabilities = [] }: ComingSoonProps) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} description={description} actions={<Badge variant="light" color="gray">{t('states.comingSoon.badge')}</Badge>} />
      <StatePanel
        role="status"
        color="blue"
        icon={<IconHammer />}
        title={t('states.comingSoon.title')}
        description={t('states.comingSoon.description')}
      >
        {capabilities.length > 0 ? (
          <>
            <Text fw={600} size="sm">
              {t('states.comingSoon.willLet')}
            </Text>
            <List size="sm" spacing={4} maw={560} ta="left">
              {capabilities.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </>
        ) : null}
      </StatePanel>
    </>
  );
}
