/**
 * The measures of participation, each named and defined once: the popup, the dashboard, the
 * admin figures, the report (Word, print, workbook), the pictures, the poster and the bulletin
 * all say these names, and the glossary shows these definitions. Loaded with the popup's table.
 */
export const viMeasures = {
  'measure.tookPart': 'Đã tham gia (ít nhất 1 ngày)',
  'measure.tookPartRate': 'Tỷ lệ đã tham gia (ít nhất 1 ngày)',
  'measure.tookPart.about':
    'Số người đã ghi ít nhất một cam kết vào một ngày bất kỳ trong kỳ; tỷ lệ là số người đó trên tổng số người. Ai tham gia một ngày cũng được tính như người tham gia mọi ngày.',
  'measure.workingDays': 'Tỷ lệ tham gia theo ngày làm việc',
  'measure.workingDays.about':
    'Tổng số người tham gia trong các ngày làm việc của kỳ, chia cho số người × số ngày làm việc; ngày nghỉ, ngày lễ không tính. Với riêng bạn: số ngày làm việc bạn đã tham gia trên số ngày làm việc đến nay.',
  'measure.dayShare': 'Tỷ lệ tham gia trong ngày',
  'measure.dayShare.about':
    'Của một ngày: số người có ghi cam kết ngày đó trên số người. Tỷ lệ tham gia theo ngày làm việc là bình quân của các ngày làm việc.',
  'measure.daysPerPerson': 'Số ngày tham gia bình quân mỗi người',
  'measure.days': 'Số ngày đã tham gia',
  'measure.daysPerPerson.about':
    'Tổng số ngày có ghi ít nhất một cam kết của mọi người trong kỳ, chia cho số người. Với riêng bạn: số ngày đã tham gia.',
  'measure.pledgesKept': 'Cam kết đã giữ',
  'measure.pledgesKept.about':
    'Tổng của từng cam kết trong kỳ: cam kết hằng ngày tính mỗi ngày giữ là một lần; việc làm (trồng cây, dọn vệ sinh…) tính theo số lượng đã ghi.',
  'measure.glossary': 'Các số liệu được tính thế nào',
} as const;

export type MeasureKey = keyof typeof viMeasures;
