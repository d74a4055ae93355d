import { render } from '@testing-library/preact';
import { ClockProvider } from '@/components/clock';
import { App } from '@/entrypoints/popup/App';
import { BUILT_IN_CAMPAIGN } from '@/storage/campaign/store';
import { saveProfile } from '@/storage/staff/profile';
import { updateSettings } from '@/storage/staff/settings';
import { startOnBuiltIn } from '@/tests/fixtures/campaign';

/** An instant, given as wall time in Vietnam (UTC+7), where the built-in campaign runs. */
export const vietnam = (local: string) => Date.parse(`${local}+07:00`);

/** Wednesday 12 June 2024, 10:00 in Vietnam: day 8 of 26, a working day. */
export const WEDNESDAY = vietnam('2024-06-12T10:00:00');

export async function setUpPerson(options: { language?: 'vi' | 'en' } = {}) {
  await startOnBuiltIn('2024-06-01T00:00:00Z');
  await saveProfile({ name: 'Nguyễn Thị Lan', department: 'hctc-qttv' }, BUILT_IN_CAMPAIGN, '2024-06-01T00:00:00Z');
  if (options.language) await updateSettings({ language: options.language }, '2024-06-01T00:00:00Z');
}

/** The popup as its entry point renders it, on the test's clock (and the computer's time zone, unless given). */
export function openPopup(at: number, zone?: () => string) {
  return render(
    <ClockProvider value={() => at}>
      <App zone={zone} />
    </ClockProvider>,
  );
}
