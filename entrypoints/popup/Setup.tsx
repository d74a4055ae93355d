import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { notifyBackground } from '@/entrypoints/background/protocol';
import type { ProfileRow } from '@/storage/db/database';
import { checkProfile, type ProfileProblem, saveProfile } from '@/storage/staff/profile';
import type { Campaign } from '@/storage/types';
import { NameField } from './NameField';

/**
 * First open: who is recording. Both fields have real labels; errors are tied to them. With a
 * `profile` whose department the campaign no longer has, it asks to choose again.
 */
export function Setup({
  campaign,
  profile,
  nested = false,
  onDone,
}: {
  campaign: Campaign;
  profile?: ProfileRow;
  /** Under the notice of a campaign still to come: a second-level heading. */
  nested?: boolean;
  onDone?: () => void;
}) {
  const { t, label } = useI18n();
  const now = useNow();
  const Heading = nested ? 'h2' : 'h1';
  const [name, setName] = useState(profile?.name ?? '');
  const [department, setDepartment] = useState('');
  const [problem, setProblem] = useState<ProfileProblem | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    const found = checkProfile(name, department, campaign);
    setProblem(found);
    // The focus goes to the field to put right, once it is drawn with its message
    // (Preact draws in a microtask, before this task), so that its description is read with it.
    if (found) {
      const field = found === 'department-unknown' ? 'setup-department' : 'setup-name';
      return void setTimeout(() => document.getElementById(field)?.focus());
    }
    await saveProfile({ name, department }, campaign, new Date(now()).toISOString());
    onDone?.();
    // The badge can now say "!" on a working day with nothing recorded yet.
    void notifyBackground({ type: 'settings-changed' });
  }

  const nameProblem = problem === 'department-unknown' ? null : problem;
  const departmentProblem = problem === 'department-unknown' ? problem : null;
  return (
    <form class="setup" onSubmit={submit} noValidate>
      {profile ? (
        <>
          <Heading>{t('setup.againTitle')}</Heading>
          <p>{t('setup.againIntro', { campaign: label(campaign.name) })}</p>
        </>
      ) : (
        <>
          <Heading>{t('setup.title')}</Heading>
          <p>{t('setup.intro', { campaign: label(campaign.name) })}</p>
        </>
      )}
      <NameField id="setup-name" value={name} onInput={setName} problem={nameProblem} />
      <label for="setup-department">{t('setup.department')}</label>
      <select
        id="setup-department"
        name="department"
        value={department}
        onChange={(e) => setDepartment(e.currentTarget.value)}
        aria-invalid={departmentProblem ? true : undefined}
        aria-describedby={departmentProblem ? 'setup-department-error' : undefined}
      >
        <option value="">{t('setup.departmentPick')}</option>
        {campaign.departments.map((d) => (
          <option key={d.id} value={d.id}>
            {label(d.name)}
          </option>
        ))}
      </select>
      {departmentProblem && (
        <p id="setup-department-error" class="error">
          {t('profile.department-unknown')}
        </p>
      )}
      <button type="submit" class="primary">
        {t('setup.start')}
      </button>
      <p class="muted small">{t('setup.privacy')}</p>
    </form>
  );
}
