/**
 * Vietnamese, the default language: the strings of the popup and the background. Those only the
 * options page shows are in the other tables of this folder, so the popup does not load them.
 */
export const viPopup = {
  'app.name': 'Cam kết Văn phòng xanh',
  'common.loading': 'Đang tải…',
  'common.openDashboard': 'Mở bảng điều khiển',
  'common.save': 'Lưu',
  'common.saved': 'Đã lưu',
  'common.error': 'Có lỗi: {message}',

  'setup.title': 'Chào mừng bạn tham gia',
  'setup.intro': 'Nhập họ tên và phòng, ban của bạn để bắt đầu ghi cam kết hằng ngày của chiến dịch «{campaign}».',
  'setup.name': 'Họ và tên',
  'setup.department': 'Phòng, ban, đơn vị',
  'setup.departmentPick': '— Chọn phòng, ban —',
  'setup.start': 'Bắt đầu',
  'setup.privacy': 'Dữ liệu chỉ lưu trong trình duyệt này cho đến khi bạn tự xuất báo cáo.',

  'profile.name-empty': 'Vui lòng nhập họ và tên.',
  'profile.name-long': 'Họ và tên dài tối đa {maxName} ký tự.',
  'profile.name-control': 'Họ và tên có ký tự không hợp lệ.',
  'profile.department-unknown': 'Vui lòng chọn phòng, ban của bạn.',

  'day.heading': 'Ngày {number}/{length}',
  'day.working': 'ngày làm việc',
  'day.rest': 'ngày nghỉ',
  'day.today': 'Hôm nay',
  'day.late': 'ghi muộn',
  'day.pick': 'Ghi cho ngày',
  'day.lateHint': 'Ngày {date} đã qua: cam kết ghi cho ngày này được đánh dấu là ghi muộn.',

  'pledges.heading': 'Cam kết của ngày {date}',
  'pledges.decrease': 'Bớt một: {label}',
  'pledges.increase': 'Thêm một: {label}',
  'pledges.recorded': 'Đã ghi: {label}',
  'pledges.cleared': 'Đã bỏ: {label}',
  'pledges.refused.date-closed': 'Ngày này đã quá hạn ghi bổ sung.',
  'pledges.refused.count-range': 'Số lượng phải từ 0 đến {maxCount}.',
  'pledges.refused.pledge-unknown': 'Cam kết này không có trong chiến dịch.',
  'pledges.refused.note-long': 'Ghi chú dài tối đa {maxNote} ký tự.',

  'undo.button': 'Hoàn tác thay đổi vừa rồi',
  'undo.done': 'Đã hoàn tác: {label}',

  'note.label': 'Ghi chú cho ngày {date} (không bắt buộc)',
  'note.save': 'Lưu ghi chú',
  'note.saved': 'Đã lưu ghi chú.',
  'note.limit': '{count}/{maxNote} ký tự',

  'stats.streak': 'Chuỗi ngày làm việc liên tiếp',
  'stats.daysTaken': 'Số ngày đã tham gia',

  'phase.before': 'Chiến dịch «{campaign}» bắt đầu ngày {start}, còn {days} ngày nữa.',
  'phase.beforeNext':
    'Hãy quay lại vào ngày đó để ghi cam kết đầu tiên. Trong lúc chờ, bạn có thể xem kế hoạch và cài đặt nhắc nhở.',
  'phase.after': 'Chiến dịch «{campaign}» đã kết thúc ngày {end}. Bạn đã tham gia {days} ngày.',
  'phase.afterNext':
    'Xem kết quả của bạn trên bảng điều khiển. Khi Văn phòng gửi tệp chiến dịch mới, hãy tải tệp đó trong phần Cài đặt.',
  'phase.seeResults': 'Xem kết quả của tôi',
  'phase.loadNext': 'Tải tệp chiến dịch mới',
  'phase.openSettings': 'Mở cài đặt',

  'badge.none': 'Hôm nay chưa ghi cam kết nào',
  'badge.kept': 'Hôm nay đã giữ {count} cam kết',
  'reminder.title': 'Nhắc ghi cam kết Văn phòng xanh',
  'reminder.body':
    'Hôm nay ({date}) bạn chưa ghi cam kết nào cho «{campaign}». Bấm vào biểu tượng trên thanh công cụ để ghi.',
  'recovery.popup':
    'Một phần dữ liệu lưu trong trình duyệt không đọc được. Hãy mở «Dữ liệu của tôi» để khôi phục từ bản sao lưu.',
  'recovery.open': 'Mở «Dữ liệu của tôi»',
} as const;

export type PopupKey = keyof typeof viPopup;
