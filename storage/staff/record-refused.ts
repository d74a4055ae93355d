/** Why a pledge or a note was not recorded (thrown by entries.ts; the popup names it without loading Dexie). */
export class RecordRefused extends Error {
  constructor(readonly reason: 'date-closed' | 'pledge-unknown' | 'count-range' | 'note-long') {
    super(reason);
  }
}
