import { useEffect, useState } from 'preact/hooks';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { useNow, useToday } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { indicatorName } from '@/components/indicator-words';
import { Notice, type NoticeText } from '@/components/Notice';
import { useObserved } from '@/components/useObserved';
import { checkActivity } from '@/storage/activities/check';
import { deleteActivity, readActivities, readPhotos, saveActivity } from '@/storage/activities/store';
import type { ActivityRow } from '@/storage/db/rows/activities';
import { useCampaignOffice } from '../useCampaignOffice';
import { ActivityFormView } from './ActivityFormView';
import { ActivityList, activityTitleId } from './ActivityList';
import { type ActivityForm, controlId, draftOf, emptyForm, formOf } from './form-state';

/** The admin section's page of what the office organised: the list by date, and one activity's form. */
export function ActivitiesPage() {
  const { t } = useI18n();
  const { campaign } = useCampaignOffice();
  const now = useNow();
  const today = useToday(campaign);
  const activities = useObserved(() => readActivities(campaign.id), [campaign.id]);
  const [form, setForm] = useState<ActivityForm | null>(null);
  const [notice, setNotice] = useState<NoticeText | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  // The activity whose deletion is being asked about; after a deletion, the row it was, where the
  // focus goes once the list no longer shows it: the row that took its place (or the last), else
  // the heading when none is left.
  const [asking, setAsking] = useState<ActivityRow | null>(null);
  const [focusAfter, setFocusAfter] = useState<{ gone: string; index: number } | null>(null);
  const message = (text: string, error: boolean) => setNotice({ text, error });
  const within = [campaign.start, today, campaign.end].sort()[1]!;

  useEffect(() => {
    if (!focusAfter || !activities || activities.some((a) => a.id === focusAfter.gone)) return;
    const next = activities[Math.min(focusAfter.index, activities.length - 1)];
    document.getElementById(next ? activityTitleId(next.id) : 'activities-title')?.focus();
    setFocusAfter(null);
  }, [activities, focusAfter]);

  /** Opens the form, blank or with an activity, its first field focused. */
  function open(next: ActivityForm) {
    setForm(next);
    setInvalid(null);
    setNotice(null);
    requestAnimationFrame(() => document.getElementById('act-date')?.focus());
  }

  async function edit(row: ActivityRow) {
    const photos = (await readPhotos(row)).map(({ activityId: _, ...p }) => p);
    open(formOf(row, photos));
  }

  async function save() {
    if (!form) return;
    const draft = draftOf(form);
    const issue = checkActivity(draft, campaign);
    if (issue) {
      const field = issue.field.startsWith('results.')
        ? indicatorName(t, issue.field.slice(8))
        : t(`activities.${fieldKey(issue.field)}`);
      const reason = t(`activityProblem.${issue.problem}`, withLimits());
      setInvalid(controlId(issue.field));
      message(t('activities.refused', { field, reason }), true);
      document.getElementById(controlId(issue.field))?.focus();
      return;
    }
    const at = new Date(now()).toISOString();
    const row = await saveActivity(campaign.id, draft, form.photos, at, form.id);
    setForm(null);
    setInvalid(null);
    message(t('activities.saved', { title: row.title }), false);
    requestAnimationFrame(() => document.getElementById('activities-add')?.focus());
  }

  async function remove(row: ActivityRow) {
    setAsking(null);
    const index = Math.max(0, activities?.findIndex((a) => a.id === row.id) ?? 0);
    // A form open on the activity would bring it back when saved.
    if (form?.id === row.id) setForm(null);
    await deleteActivity(row.id, new Date(now()).toISOString());
    message(t('activities.deleted', { title: row.title }), false);
    setFocusAfter({ gone: row.id, index });
  }

  return (
    <section aria-labelledby="activities-title" class="activities">
      <h3 id="activities-title" tabIndex={-1}>
        {t('activities.title')}
      </h3>
      <p>{t('activities.intro')}</p>
      <p>
        <button id="activities-add" type="button" onClick={() => open(emptyForm(within))} disabled={form !== null}>
          {t('activities.add')}
        </button>
      </p>
      <div id="activities-notice">
        <Notice notice={notice} />
      </div>
      {form && (
        <ActivityFormView
          campaign={campaign}
          form={form}
          onChange={setForm}
          onSave={save}
          onCancel={() => setForm(null)}
          onMessage={message}
          invalid={invalid}
        />
      )}
      {activities ? (
        <ActivityList activities={activities} onEdit={edit} onDelete={setAsking} />
      ) : (
        <p>{t('common.loading')}</p>
      )}
      <ConfirmDialog
        id="activity-delete"
        question={asking && t('activities.confirmDelete', { title: asking.title })}
        confirm={t('activities.confirmYes')}
        cancel={t('activities.confirmNo')}
        onConfirm={() => asking && remove(asking)}
        onCancel={() => setAsking(null)}
      />
    </section>
  );
}

/** The label key of a field the check names. */
function fieldKey(
  field: string,
): 'date' | 'kind' | 'name' | 'place' | 'departments' | 'participants' | 'link' | 'note' {
  if (field === 'title') return 'name';
  return field as 'date';
}
