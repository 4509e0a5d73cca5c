import '../../translations';
import { PagedListBody, pagedListLabels } from '@/components/list/paged-list-body';
import { Button } from '@mantine/core';
import { IconPlus, IconTopologyStar3 } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { Schemas } from '@/api/types';
import { PageHeader } from '@/components/page-header';
import { EmptyState } from '@/components/states/empty-state';
import { paths } from '@/config/paths';
import type { RecipientListQuery } from '../../api/recipient-keys';
import { useRecipientList } from '../../api/recipients';
import { hasRegisterFilters, parseRegisterSearchParams, registerFilters, serializeRegisterQuery } from '../../lib/register-search-params';
import { ExportButton } from '../shared/export-button';
import { RegisterFilters } from './register-filters';
import { RegisterTable } from './register-table';
import { WarningCounts } from './warning-counts';

/** The register's view lives in the URL: every change is a navigation, and a link reproduces it. */
function useRegisterQuery() {
  const [searchParams, setSearchParams] = useSearchParams();
  const search = searchParams.toString();
  const query = useMemo(() => parseRegisterSearchParams(new URLSearchParams(search)), [search]);
  const update = useCallback(
    (patch: Partial<RecipientListQuery>, options?: { replace?: boolean }) => {
      // Any change but a page flip starts again at page 1.
      setSearchParams(serializeRegisterQuery({ ...query, page: 1, ...patch }), { replace: options?.replace });
    },
    [query, setSearchParams],
  );
  const clear = useCallback(() => setSearchParams(serializeRegisterQuery({ sort: query.sort, pageSize: query.pageSize })), [query.sort, query.pageSize, setSearchParams]);
  return { query, update, clear };
}

export interface RegisterPageProps {
  /** `recipients_write`: may add recipients and export the register. */
  canWrite: boolean;
}

export function RegisterPage({ canWrite }: RegisterPageProps) {
  const { t } = useTranslation();
  const { query, update, clear } = useRegisterQuery();
  const list = useRecipientList(query);

  const toggleWarning = (warning: Schemas['RecipientWarning']) => {
    const current = query.warning ?? [];
    const next = current.includes(warning) ? current.filter((value) => value !== warning) : [...current, warning];
    update({ warning: next.length ? next : undefined });
  };

  return (
    <>
      <PageHeader
        title={t('recipientRegister.title')}
        description={canWrite ? t('recipientRegister.description') : t('recipientRegister.descriptionReadOnly')}
        actions={
          <>
            <Button component={Link} to={paths.recipients.flows.build()} variant="default" leftSection={<IconTopologyStar3 size={16} aria-hidden />}>
              {t('recipientRegister.actions.flows')}
            </Button>
            {canWrite ? (
              <>
                <ExportButton target={{ kind: 'register', query: registerFilters(query) }} label={t('recipientRegister.export.register')} description={hasRegisterFilters(query) ? t('recipientRegister.export.registerFiltered') : t('recipientRegister.export.registerAll')} />
                <Button component={Link} to={paths.recipients.create.build()} leftSection={<IconPlus size={16} aria-hidden />}>
                  {t('recipientRegister.actions.add')}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {list.data ? <WarningCounts counts={list.data.warningCounts} selected={query.warning ?? []} onToggle={toggleWarning} /> : null}
      <RegisterFilters query={query} onChange={update} onClear={clear} />
      <PagedListBody
        list={list}
        page={query.page}
        pageSize={query.pageSize}
        onPage={(page) => update({ page })}
        onPageSize={(pageSize) => update({ pageSize })}
        filtered={hasRegisterFilters(query)}
        onClearFilters={clear}
        labels={pagedListLabels(t, 'recipientRegister')}
        empty={
          <EmptyState
            title={t('recipientRegister.empty.title')}
            description={canWrite ? t('recipientRegister.empty.description') : t('recipientRegister.empty.descriptionReadOnly')}
            actions={
              canWrite ? (
                <Button component={Link} to={paths.recipients.create.build()} leftSection={<IconPlus size={16} aria-hidden />}>
                  {t('recipientRegister.actions.add')}
                </Button>
              ) : null
            }
          />
        }
      >
        {(data) => (
          <RegisterTable items={data.items} totalItems={data.totalItems} sort={query.sort} onSort={(sort) => update({ sort })} busy={list.isPlaceholderData} />
        )}
      </PagedListBody>
    </>
  );
}
