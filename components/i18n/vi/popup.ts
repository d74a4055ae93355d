import { viMeasures } from './measures';

/**
 * Vietnamese, the default language: the strings of the popup and the background. Those only the
 * options page shows are in the other tables of this folder, so the popup does not load them.
 */
export const viPopup = {
  ...viMeasures,
  'app.name': 'Cam kết Văn phòng xanh',
  'common.loading': 'Đang tải…',
  'common.openDashboard': 'Mở bảng điều khiển',
  'share.open': 'Chia sẻ tiến độ (ảnh cho Zalo, Facebook)',
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
  'day.firstWorking': 'Ngày làm việc đầu tiên của chiến dịch là {date}; hôm nay vẫn ghi được cam kết.',
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

  'phase.beforeNext':
    'Hãy quay lại vào ngày đó để ghi cam kết đầu tiên. Trong lúc chờ, bạn có thể xem kế hoạch và cài đặt nhắc nhở.',
  'phase.afterNext': 'Xem kết quả của bạn trên bảng điều khiển.',
  'phase.seeResults': 'Xem kết quả của tôi',
  'phase.openSettings': 'Mở cài đặt',

  'phase.startsIn': 'bắt đầu sau {days} ngày, {start}',
  'phase.startsTomorrow': 'bắt đầu ngày mai, {start}',
  'phase.beforeLine': 'Chiến dịch {starts}.',

  'start.none': 'Hôm nay chưa có chiến dịch nào đang diễn ra.',
  'phase.after': 'Chiến dịch «{campaign}» đã kết thúc ngày {end}. Bạn đã tham gia {days} ngày.',
  'start.offers': 'Bắt đầu ghi cam kết theo một trong ba cách:',
  'start.loadFile': 'Tải tệp chiến dịch cơ quan gửi',
  'start.loadFileHint': 'Mở trang Cài đặt để chọn tệp chien-dich_….json mà cơ quan gửi qua Zalo hoặc thư điện tử.',
  'start.challenge': 'Bắt đầu thử thách 30 ngày hôm nay',
  'start.challengeHint':
    'Một chiến dịch của riêng bạn, từ hôm nay đến {end}, thứ Hai đến thứ Sáu. Chỉ cần nhập tên, không gửi báo cáo cho ai.',
  'start.challengeGo': 'Bắt đầu ghi',
  'start.office': 'Tạo chiến dịch cho cơ quan (người thu thập báo cáo)',
  'start.officeHint': 'Mở phần Quản trị để tạo chiến dịch và tải tệp gửi cho nhân viên.',

  'setup.againTitle': 'Chọn lại phòng, ban của bạn',
  'setup.againIntro':
    'Chiến dịch «{campaign}» không còn phòng, ban bạn đã chọn trước đây. Hãy chọn lại trước khi xuất báo cáo tiếp theo.',

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
