/** The office's plan (KẾ HOẠCH): its document, the parts drafted from the campaign, its page. */
export const viPlan = {
  'plan.pageTitle': 'Kế hoạch',
  'plan.title': 'KẾ HOẠCH',
  'plan.numberBlank': '……/KH-……',
  'plan.subjectFrom': 'Tổ chức thực hiện {campaign}',
  'plan.lead.implements': 'Thực hiện {plan}, {organisation} xây dựng Kế hoạch thực hiện như sau:',
  'plan.lead.own': '{organisation} xây dựng Kế hoạch tổ chức thực hiện {campaign} như sau:',
  'plan.purposeTitle': 'I. MỤC ĐÍCH, YÊU CẦU',
  'plan.contentTitle': 'II. NỘI DUNG',
  'plan.time': '1. Thời gian: Từ ngày {from} đến ngày {to} ({days} ngày, trong đó có {working} ngày làm việc).',
  'plan.tasksTitle': '2. Nội dung thực hiện',
  'plan.pledgesLead':
    'Phát động toàn thể cán bộ, công chức, viên chức và người lao động thực hiện các cam kết và hoạt động sau, ghi lại mỗi ngày trên tiện ích «{app}»:',
  'plan.pledgeDaily': '- {pledge}: thực hiện hằng ngày',
  'plan.pledgeAction': '- {pledge} (đơn vị tính: {unit})',
  'plan.pledgeActionNoUnit': '- {pledge} (tính theo số lần)',
  'plan.implementationTitle': 'III. TỔ CHỨC THỰC HIỆN',
  'plan.closing': 'Trên đây là Kế hoạch {subject} của {organisation}./.',
  'plan.recipientDepartments': 'Các phòng, ban, đơn vị trực thuộc',
  'plan.archive': 'Lưu: VT, {reportTo}',
  'plan.position': 'THỦ TRƯỞNG CƠ QUAN, ĐƠN VỊ',
  'plan.draft.purpose':
    'Nhằm kêu gọi toàn thể cán bộ, công chức, viên chức và người lao động của {organisation} cùng chung tay hưởng ứng {campaign}, thực hiện các cam kết vì môi trường ngay tại nơi làm việc: hạn chế rác thải nhựa, sử dụng tiết kiệm tài nguyên, giữ gìn môi trường cơ quan xanh, sạch, đẹp.\nYêu cầu: các hoạt động được tổ chức thiết thực, hiệu quả, phù hợp với điều kiện của cơ quan, đơn vị; mỗi người ghi lại việc thực hiện cam kết hằng ngày để cơ quan, đơn vị tổng hợp, báo cáo đúng thời hạn.',
  'plan.draft.communication':
    '- Tuyên truyền về {campaign} trên trang thông tin điện tử của cơ quan, đơn vị, tại các hội nghị, cuộc họp, trên mạng xã hội (Zalo, Facebook) và bảng tin tại trụ sở; lồng ghép với hoạt động chuyên môn của các phòng, ban, đơn vị.',
  'plan.draft.hashtag': 'Khi chia sẻ trên mạng xã hội, dùng thẻ {hashtag}.',
  'plan.draft.cadence.week':
    '- Các cam kết được thực hiện thường xuyên trong suốt thời gian của Kế hoạch; kết quả được tổng hợp hằng tuần.',
  'plan.draft.cadence.month':
    '- Kế hoạch được thực hiện thường xuyên, liên tục trong năm; kết quả được tổng hợp, báo cáo hằng tháng.',
  'plan.draft.departments':
    '1. Căn cứ Kế hoạch này, các phòng, ban, đơn vị ({departments}) tổ chức tuyên truyền, phổ biến đến toàn thể cán bộ, công chức, viên chức và người lao động; động viên mọi người tham gia, bảo đảm hiệu quả, đúng quy định.',
  'plan.draft.collects':
    '2. {reportTo} có trách nhiệm tham mưu, triển khai thực hiện Kế hoạch này: gửi tệp chiến dịch đến các phòng, ban, đơn vị; tiếp nhận, tổng hợp tệp tổng hợp tham gia của từng người và thực hiện chế độ báo cáo {cadence} theo quy định.',
  'plan.cadence.week': 'hằng tuần',
  'plan.cadence.month': 'hằng tháng',
  'plan.cadence.campaign': 'khi kết thúc Kế hoạch',
  'plan.draft.staff':
    '3. Mỗi cán bộ, công chức, viên chức và người lao động: cài đặt tiện ích «{app}» trên trình duyệt (Chrome, Edge, Cốc Cốc hoặc Firefox); tải tệp chiến dịch do {reportTo} gửi vào tiện ích; mỗi ngày ghi lại các cam kết đã thực hiện; xuất tệp tổng hợp và gửi {reportTo} (qua thư điện tử, Zalo hoặc thư mục chung) {when}.',
  'plan.send.week': 'vào ngày làm việc cuối mỗi tuần, lần cuối chậm nhất ngày {date}',
  'plan.send.month': 'vào ngày làm việc cuối mỗi tháng, lần cuối chậm nhất ngày {date}',
  'plan.send.campaign': 'chậm nhất ngày {date}',
  'plan.partTitle': 'Kế hoạch của cơ quan (văn bản Word)',
  'plan.partIntro':
    'Kế hoạch theo thể thức Nghị định 30/2020/NĐ-CP, soạn từ chiến dịch trong biểu mẫu trên: cùng thời gian, phòng, ban và cam kết như tệp chiến dịch gửi cán bộ. Phần đầu văn bản và chữ ký lấy từ «Thông tin trên báo cáo» đã lưu cho chiến dịch.',
  'plan.field.number': 'Số, ký hiệu của kế hoạch (ví dụ 12/KH-VP; để trống nếu văn thư cấp số)',
  'plan.field.date': 'Ngày của kế hoạch',
  'plan.saveDocx': 'Tải kế hoạch Word (.docx)',
  'plan.makingDocx': 'Đang tạo kế hoạch Word…',
  'plan.openPrint': 'Xem bản in kế hoạch',
  'plan.invalid': 'Chiến dịch trong biểu mẫu trên chưa hợp lệ: sửa xong mới tạo được kế hoạch.',
  'plan.badAddress': 'Địa chỉ bản in kế hoạch không hợp lệ. Hãy mở lại từ mục Quản trị.',
  'plan.fields': 'Kế hoạch: tiêu đề và các phần I–III',
  'plan.fieldsIntro':
    'Phần chưa sửa được soạn từ chiến dịch và tự đổi theo khi đổi ngày, phòng, ban hay cam kết. Phần bạn đã sửa được giữ nguyên và lưu trong tệp chiến dịch. Dòng thời gian và danh sách cam kết luôn lấy từ chiến dịch.',
  'plan.titleField': 'Tiêu đề kế hoạch (để trống: soạn từ tên chiến dịch)',
  'plan.part.purpose': 'I. Mục đích, yêu cầu',
  'plan.part.tasks': 'II. Nội dung: các việc sau danh sách cam kết',
  'plan.part.implementation': 'III. Tổ chức thực hiện',
  'plan.drafted': 'Soạn từ chiến dịch, tự đổi theo chiến dịch.',
  'plan.written': 'Do cơ quan viết, được giữ nguyên.',
  'plan.redraft': 'Soạn lại phần «{part}» từ chiến dịch',
  'plan.changed': 'Đã đổi so với chiến dịch ban đầu: {changes}.',
  'plan.followed': 'Dòng thời gian, danh sách cam kết và các phần soạn từ chiến dịch đã theo thay đổi.',
  'plan.keptParts': 'Phần do bạn viết được giữ nguyên, hãy xem lại: {parts}.',
  'plan.change.name': 'tên, cơ quan',
  'plan.change.dates': 'thời gian',
  'plan.change.departments': 'phòng, ban, đơn vị',
  'plan.change.pledges': 'cam kết',
  'plan.change.reporting': 'nơi nhận báo cáo, tuyên truyền',
} as const;

export type PlanKey = keyof typeof viPlan;
