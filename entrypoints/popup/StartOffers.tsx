import { useState } from 'preact/hooks';
import { useNow } from '@/components/clock';
import { useI18n } from '@/components/i18n/context';
import { openDashboard } from '@/components/open-page';
import { notifyBackground } from '@/entrypoints/background/protocol';
import { startPersonalChallenge } from '@/storage/campaign/store';
import { THIRTY_DAYS, templateDates } from '@/storage/campaign/templates';
import type { ProfileProblem } from '@/storage/staff/profile';
import { updateSettings } from '@/storage/staff/settings';
import type { CalendarDate } from '@/storage/types';
import { NameField } from './NameField';

/**
 * With no campaign running today, the three ways to start, in this order: load the
 * file the office sent (on the options page: a Firefox popup closes when a file picker opens),
 * start the 30-day challenge today with only a name, or create the office's campaign.
 */
export function StartOffers(props: {
  /** Today in the computer's own time zone, where a personal challenge runs. */
  today: CalendarDate;
  timeZone: string;
  name?: string;
  onStarted?: () => void;
  /** Opens a section of the dashboard: from the popup in a tab (the popup closes), in the dashboard by its hash. */
  open?: (section: string) => void | Promise<void>;
}) {
  const open = props.open ?? openDashboard;
  const { t, date } = useI18n();
  const [name, setName] = useState(props.name ?? '');
  const [problem, setProblem] = useState<ProfileProblem | null>(null);
  const now = useNow();
  const at = () => new Date(now()).toISOString();
  const { end } = templateDates(THIRTY_DAYS.dates, props.today);

  async function startChallenge(event: Event) {
    event.preventDefault();
    try {
      await startPersonalChallenge({ name, today: props.today, timeZone: props.timeZone, at: at() });
    } catch (error) {
      if (error instanceof RangeError) {
        setProblem(error.message as ProfileProblem);
        // The focus goes to the name to put right, once drawn with its message.
        return void setTimeout(() => document.getElementById('challenge-name')?.focus());
      }
      throw error;
    }
    props.onStarted?.();
    void notifyBackground({ type: 'settings-changed' });
  }

  async function createOfficeCampaign() {
    // The person said they collect the reports: the admin section opens, its form first.
    await updateSettings({ adminMode: true }, at());
    await open('admin');
  }

  return (
    <section class="offers" aria-labelledby="offers-title">
      <h2 id="offers-title">{t('start.offers')}</h2>
      <ol>
        <li>
          <button type="button" class="primary" onClick={() => open('settings')}>
            {t('start.loadFile')}
          </button>
          <p class="muted small">{t('start.loadFileHint')}</p>
        </li>
        <li>
          <form class="challenge" onSubmit={startChallenge} noValidate>
            <NameField
              id="challenge-name"
              value={name}
              onInput={setName}
              problem={problem === 'department-unknown' ? null : problem}
              hint="challenge-hint"
            />
            <button type="submit" class="primary">
              {t('start.challenge')}
            </button>
            <p id="challenge-hint" class="muted small">
              {t('start.challengeHint', { end: date(end) })}
            </p>
          </form>
        </li>
        <li>
          <button type="button" onClick={createOfficeCampaign}>
            {t('start.office')}
          </button>
          <p class="muted small">{t('start.officeHint')}</p>
        </li>
      </ol>
    </section>
  );
}
