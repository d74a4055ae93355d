import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { useI18n } from '@/components/i18n/context';
import { ruleText } from '@/components/i18n/format';
import { type PolicyRead, readPolicy } from '@/storage/policy/read';

/** Reads the organisation's policy as the background does; undefined while it reads or when none is set. */
async function readManaged(area = browser.storage.managed): Promise<PolicyRead | undefined> {
  try {
    const raw = (await area.get()) as Record<string, unknown>;
    return Object.keys(raw ?? {}).length > 0 ? readPolicy(raw) : undefined;
  } catch {
    // Firefox without a policies.json for the extension has no managed storage.
    return undefined;
  }
}

/**
 * What the organisation set by browser policy (issue #14): a plain note when it applies, and
 * what is wrong when it cannot be used (nothing stored was changed by it).
 */
export function PolicyNotice() {
  const { t } = useI18n();
  const [read, setRead] = useState<PolicyRead | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void readManaged().then((r) => current && setRead(r));
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
