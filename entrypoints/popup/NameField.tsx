import { useI18n } from '@/components/i18n/context';
import { withLimits } from '@/components/i18n/format';
import { MAX_NAME } from '@/storage/files/limits';
import type { ProfileProblem } from '@/storage/staff/profile';

interface Props {
  id: string;
  value: string;
  onInput: (name: string) => void;
  /** A problem of the name, said under the field and linked to it. */
  problem: Exclude<ProfileProblem, 'department-unknown'> | null;
  /** Another element that describes the field (a hint), by id. */
  hint?: string;
}

/** The person's name, as the first run and the 30-day challenge ask it. */
export function NameField({ id, value, onInput, problem, hint }: Props) {
  const { t } = useI18n();
  const described = [problem && `${id}-error`, hint].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <label for={id}>{t('setup.name')}</label>
      <input
        id={id}
        name="name"
        autoComplete="name"
        maxLength={MAX_NAME}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
        aria-invalid={problem ? true : undefined}
        aria-describedby={described}
      />
      {problem && (
        <p id={`${id}-error`} class="error">
          {t(`profile.${problem}`, withLimits())}
        </p>
      )}
    </>
  );
}
