import { useI18n } from '@/components/i18n/context';
import { LOCALES } from '@/components/i18n/format';
import type { LineShape } from '@/storage/rollup/format';
import type { Campaign } from '@/storage/types';
import { Part } from './Part';
import { reasonText } from './parts';
import { type Column, Table } from './Table';

const SHOWN = 200;

interface Props<L extends LineShape> {
  campaign: Pick<Campaign, 'timeZone'>;
  lines: readonly L[];
  level: 3 | 4;
  ids: { title: string; caption: string };
  words: {
    title: string;
    empty: string;
    at: string;
    outcome: (line: L) => string;
    /** The table's caption and its region's name, when not "n newest lines of N". */
    caption?: string;
    region?: string;
  };
  /** What a line shows between its file and its outcome. */
  columns: Column<L>[];
}

/** Every file ever merged, in the order given (newest first); the whole log is in the workbook. */
export function LogPart<L extends LineShape>({ campaign, lines, level, ids, words, columns }: Props<L>) {
  const { t, lang } = useI18n();
  const time = new Intl.DateTimeFormat(LOCALES[lang], {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: campaign.timeZone,
  });
  return (
    <Part id={ids.title} level={level} title={words.title}>
      {lines.length === 0 ? (
        <p class="muted">{words.empty}</p>
      ) : (
        <Table
          captionId={ids.caption}
          label={words.region}
          caption={words.caption ?? t('admin.logShown', { shown: Math.min(SHOWN, lines.length), total: lines.length })}
          tableAttrs={{ class: 'log' }}
          columns={[
            { head: words.at, cell: (l) => time.format(Date.parse(l.at)) },
            { head: t('admin.file'), cell: (l) => l.fileName },
            ...columns,
            { head: t('admin.outcome'), cell: words.outcome },
            { head: t('admin.reason'), cell: (l) => reasonText(t, l.reason, false) },
          ]}
          rows={lines.slice(0, SHOWN)}
          rowKey={(l) => l.id}
          rowAttrs={(l) => ({ 'data-outcome': l.outcome })}
        />
      )}
    </Part>
  );
}
