import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { readManagedPolicy } from '@/entrypoints/background/policy';
import type { PolicyRead } from '@/storage/policy/read';

/**
 * What the organisation set by browser policy: a plain note when it applies, and
 * what is wrong when it cannot be used (nothing stored was changed by it).
 */
export function PolicyNotice() {
  const { t } = useI18n();
  const [read, setRead] = useState<PolicyRead | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void readManagedPolicy().then((r) => current && setRead(r));
    return () => {
      current = false;
    };
  }, []);
  if (!read) return null;
  if (read.ok) return <p class="notice">{t('policy.applied')}</p>;
  const rule = ruleText(t, read.issue.rule);
  return (
    <p role="alert" class="notice error">
      {t('policy.refused', { setting: read.setting, rule })}
    </p>
  );
}
