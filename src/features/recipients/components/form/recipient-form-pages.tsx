import '../../translations';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '@/api/api-error';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import { LoadingSkeleton } from '@/components/states/loading-skeleton';
import { NotFound } from '@/components/states/not-found';
import { paths } from '@/config/paths';
import { recipientKeys } from '../../api/recipient-keys';
import { useCreateRecipient, useRecipient, useReplaceRecipient, type RecipientWithEtag } from '../../api/recipients';
import { changedRecipientFields, EMPTY_FORM, formValuesOf, toRecipientInput, type RecipientFormValues } from '../../lib/recipient-form';
import { BackToRegister } from '../detail/recipient-detail-page';
import { RecipientForm } from './recipient-form';

export function RecipientCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateRecipient();
  const saved = useRef(false);
  // One key per attempt: a retried request after a lost answer is not recorded twice.
  const idempotencyKey = useRef<string>(crypto.randomUUID());

  const submit = (values: RecipientFormValues) =>
    create.mutateAsync({ body: toRecipientInput(values), idempotencyKey: idempotencyKey.current }).then(
      (created) => {
        saved.current = true;
        notifications.show({ color: 'green', message: t('recipientForm.created', { name: created.data.name }) });
        void navigate(paths.recipients.detail.build(created.data.id));
      },
      (error: unknown) => {
        idempotencyKey.current = crypto.randomUUID();
        throw error;
      },
    );

  return (
    <>
      <PageHeader title={t('recipientForm.createTitle')} description={t('recipientForm.createDescription')} above={<BackToRegister />} />
      <RecipientForm
        initialValues={EMPTY_FORM}
        submitLabel={t('recipientForm.create')}
        onSubmit={submit}
        onCancel={() => void navigate(paths.recipients.build())}
        submitting={create.isPending}
        savedRef={saved}
        conflict={null}
      />
    </>
  );
}

function EditForm({ current }: { current: RecipientWithEtag }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const replace = useReplaceRecipient(current.data.id);
  const saved = useRef(false);
  // The version the draft started from; after a 412 the page shows what changed since.
  const [basedOn, setBasedOn] = useState(current);
  const [conflict, setConflict] = useState(false);
  const latest = current.etag !== basedOn.etag ? current : null;

  const save = (values: RecipientFormValues) => {
    // After a conflict, the save (a re-apply or a plain submit) goes on top of the latest version.
    const target = conflict && latest ? latest : basedOn;
    if (target !== basedOn) {
      setBasedOn(target);
      setConflict(false);
    }
    return replace.mutateAsync({ body: toRecipientInput(values), etag: target.etag }).then(
      (next) => {
        saved.current = true;
        notifications.show({ color: 'green', message: t('recipientForm.saved', { name: next.data.name }) });
        void navigate(paths.recipients.detail.build(next.data.id));
      },
      (error: unknown) => {
        // A stale ETag: keep the draft, fetch the latest version and say what changed.
        if (isApiError(error) && error.status === 412) {
          setConflict(true);
          void queryClient.invalidateQueries({ queryKey: recipientKeys.detail(current.data.id), exact: true });
        }
        throw error;
      },
    );
  };

  return (
    <RecipientForm
      initialValues={formValuesOf(basedOn.data)}
      submitLabel={t('recipientForm.save')}
      onSubmit={save}
      onCancel={() => void navigate(paths.recipients.detail.build(current.data.id))}
      submitting={replace.isPending}
      savedRef={saved}
      conflict={
        conflict
          ? { base: formValuesOf(basedOn.data), latest: latest ? formValuesOf(latest.data) : null, fields: latest ? changedRecipientFields(basedOn.data, latest.data) : null }
          : null
      }
    />
  );
}

export function RecipientEditPage({ recipientId }: { recipientId: string }) {
  const { t } = useTranslation();
  const query = useRecipient(recipientId);
  if (query.isPending) return <LoadingSkeleton variant="page" label={t('recipientDetail.loading')} />;
  if (query.isError) {
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) return <NotFound title={t('recipientDetail.notFound')} />;
    return (
      <>
        <PageHeader title={t('recipientForm.editTitleUnknown')} above={<BackToRegister />} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('recipientForm.editTitle', { name: query.data.data.name })} description={t('recipientForm.editDescription')} above={<BackToRegister />} />
      <EditForm current={query.data} />
    </>
  );
}
