extension Messages {
    /// Vietnamese, the default: plain words for office staff, saying what to write instead.
    static let vietnamese = Messages(
        language: .vi,
        templates: [
            .projectNotFound: "Không tìm thấy thư mục dự án '{path}'. Hãy chỉ đúng thư mục chứa Campaigns/ và Site/.",
            .campaignsFolderMissing: "Thư mục dự án chưa có thư mục Campaigns/. Hãy tạo Campaigns/ và đặt các chiến dịch vào đó (ví dụ bằng lệnh 'niemyet new campaign').",
            .missingCampaignFile: "Thư mục chiến dịch này chưa có tệp campaign.md. Thêm tệp campaign.md (ví dụ bằng lệnh 'niemyet new campaign') hoặc xóa thư mục.",
            .fileUnreadable: "Không đọc được tệp: {reason}.",
            .fileTooLarge: "Tệp quá lớn (hơn {limit} byte). Hãy chia nhỏ nội dung hoặc bỏ phần không cần thiết.",
            .invalidUTF8: "Tệp không phải văn bản UTF-8 tại vị trí này. Hãy lưu lại tệp với bảng mã UTF-8 (Unicode).",
            .frontMatterMissing: "Tệp phải bắt đầu bằng phần thông tin đặt giữa hai dòng '---'. Thêm dòng '---' ở đầu tệp, các dòng 'khóa: giá trị', rồi một dòng '---'.",
            .frontMatterUnclosed: "Phần thông tin mở bằng '---' ở dòng này nhưng chưa được đóng. Thêm một dòng '---' sau dòng thông tin cuối cùng.",
            .yamlSyntax: "Lỗi cú pháp YAML: {problem}. Kiểm tra dấu hai chấm, dấu ngoặc kép và thụt lề ở dòng này.",
            .yamlTooDeep: "Phần thông tin lồng nhau quá sâu (quá {limit} cấp). Hãy viết lại cho phẳng hơn.",
            .yamlTooLarge: "Phần thông tin có quá nhiều giá trị (quá {limit}), có thể do bí danh YAML (&, *) lặp lại. Hãy bỏ các bí danh và viết trực tiếp.",
            .duplicateKey: "Khóa '{key}' được viết hai lần. Xóa một dòng hoặc gộp lại.",
            .symlinkOutside: "Liên kết tượng trưng trỏ ra ngoài thư mục dự án ('{target}'), nên bị bỏ qua. Hãy chép tệp vào trong dự án.",
            .missingKey: "Thiếu khóa bắt buộc '{key}'. Thêm dòng '{key}: ...'[[ vào {context}]].",
            .unknownKey: "Không biết khóa '{key}', nên bị bỏ qua.[[ Có phải ý bạn là '{suggestion}'?]]",
            .expectedText: "Giá trị của '{key}' phải là một đoạn chữ, không phải danh sách hay nhóm khóa.",
            .expectedList: "Giá trị của '{key}' phải là một danh sách, mỗi mục bắt đầu bằng '- '.",
            .expectedMapping: "Mục '{key}' phải là một nhóm các dòng 'khóa: giá trị'.",
            .invalidDate: "'{value}' không phải là ngày hợp lệ cho '{key}'. Viết ngày theo dạng NĂM-THÁNG-NGÀY, ví dụ 2021-06-01.",
            .endBeforeStart: "Ngày kết thúc ({end}) sớm hơn ngày bắt đầu ({start}). Sửa 'end' thành một ngày không sớm hơn {start}.",
            .activityOutsideCampaign: "Hoạt động '{activity}' nằm ngoài thời gian chiến dịch (từ {start} đến {end}). Sửa ngày của hoạt động cho nằm trong khoảng đó.",
            .invalidTurnaround: "Không hiểu thời gian giải quyết '{value}' của '{key}'. Viết ví dụ '03 ngày làm việc', '01 buổi', '02 giờ', '30 phút' hoặc 'trong ngày'.",
            .reducedNotShorter: "Thời gian rút ngắn '{reduced}' không ngắn hơn thời gian thường '{standard}' của thủ tục '{procedure}'. Sửa 'reduced' thành thời gian ngắn hơn '{standard}'.",
            .standardAboveMaximum: "Thời gian thường '{standard}' của thủ tục '{procedure}' vượt mức tối đa '{maximum}' mà chiến dịch cho phép. Bỏ thủ tục này hoặc kiểm tra lại thời gian.",
            .standardDisagreesWithCatalogue: "Thời gian thường '{standard}' khác với danh mục thủ tục (mã {code}: '{catalogue}'). Sửa thành '{catalogue}' hoặc sửa procedures.yaml.",
            .unknownUnit: "Không có đơn vị '{unit}' trong units.yaml.[[ Có phải ý bạn là '{suggestion}'?]] Thêm đơn vị vào Campaigns/units.yaml hoặc ghi 'name' và 'block' ngay tại đây.",
            .unknownProcedureCode: "Không có mã thủ tục '{code}' trong procedures.yaml. Kiểm tra lại mã hoặc thêm thủ tục vào Campaigns/procedures.yaml.",
            .duplicateUnit: "Đơn vị '{unit}' đã đăng ký ở {first}. Mỗi đơn vị chỉ đăng ký một lần: gộp các thủ tục vào một chỗ.",
            .duplicateProcedure: "Thủ tục '{procedure}' đã được đơn vị '{unit}' đăng ký ở dòng {firstLine}. Xóa dòng lặp lại.",
            .invalidPostingURL: "Địa chỉ niêm yết '{value}' không dùng được. Ghi địa chỉ bắt đầu bằng http://, https:// hoặc file://, hoặc đường dẫn tới tệp trong dự án.",
            .postingFileMissing: "Không tìm thấy tệp niêm yết '{value}' trong dự án. Kiểm tra lại đường dẫn (tính từ thư mục dự án).",
            .invalidSlug: "Mã '{value}' chỉ được có chữ thường không dấu, chữ số và dấu '-'.[[ Ví dụ: '{suggestion}'.]]",
            .unknownBlock: "Khối '{value}' không thuộc các khối thường dùng ({known}). Vẫn dùng được, nhưng hãy kiểm tra chính tả.",
            .missingUnitName: "Đơn vị '{unit}' chưa có tên. Thêm 'name: ...' vào đây hoặc vào units.yaml.",
            .invalidURL: "'{value}' không phải địa chỉ web hợp lệ cho '{key}'. Ghi địa chỉ đầy đủ, ví dụ https://cchc.example.gov.vn/.",
            .invalidLanguage: "Ngôn ngữ '{value}' không được hỗ trợ. Ghi 'vi' (tiếng Việt) hoặc 'en' (tiếng Anh).",
            .resultsHeader: "Dòng tiêu đề của results.csv phải là 'unit,received,same_day,on_time,late' (tìm thấy '{found}').",
            .resultsUnknownUnit: "Đơn vị '{unit}' có kết quả nhưng không đăng ký trong chiến dịch này. Sửa mã đơn vị hoặc thêm đăng ký cho đơn vị.",
            .resultsNotANumber: "Cột '{column}' phải là số nguyên không âm (tìm thấy '{value}').",
            .resultsImpossibleCounts: "Tổng số hồ sơ giải quyết trong ngày, đúng hạn và trễ hạn ({sum}) lớn hơn số hồ sơ tiếp nhận ({received}). Kiểm tra lại các số ở dòng này.",
            .resultsDuplicateUnit: "Đơn vị '{unit}' có hai dòng kết quả. Giữ lại một dòng.",
            .resultsColumnCount: "Dòng này có {found} cột, cần {expected} cột như dòng tiêu đề.",

            // MARK: calendar
            .calendarDuplicateDate: "Ngày {value} đã được ghi ở dòng {firstLine}. Mỗi ngày chỉ ghi một lần, trong 'days_off' hoặc 'working_days'.",
            .calendarDateOutOfRange: "Ngày {value} nằm ngoài khoảng lịch tính được (năm 1900 đến 2100). Kiểm tra lại năm.",
            .invalidOfficeHours: "Không hiểu giờ làm việc '{value}' của '{key}'. Ghi mỗi buổi theo dạng GIỜ:PHÚT-GIỜ:PHÚT, giờ kết thúc sau giờ bắt đầu, các buổi cách nhau dấu phẩy, ví dụ '07:30-11:30, 13:00-17:00'.",
            .officeHoursOverlap: "Buổi '{value}' của '{key}' bắt đầu trước khi buổi '{previous}' kết thúc. Ghi các buổi theo thứ tự trong ngày, không chồng lên nhau.",
            .officeHoursNeverOpen: "Giờ làm việc này không có buổi nào trong tuần, nên không tính được hạn giải quyết. Ghi ít nhất một ngày có giờ làm việc, ví dụ 'weekdays: 07:30-11:30, 13:00-17:00'.",
            .startsOnDayOff: "'{title}' bắt đầu vào {date}, là ngày nghỉ[[ ({holiday})]]. Kiểm tra lại ngày bắt đầu nếu cần bắt đầu vào ngày làm việc.",
            .endsOnDayOff: "'{title}' kết thúc vào {date}, là ngày nghỉ[[ ({holiday})]]. Kiểm tra lại ngày kết thúc nếu cần kết thúc vào ngày làm việc.",
            .activityWithoutWorkingDay: "Hoạt động '{title}' (từ {start} đến {end}) không có ngày làm việc nào. Dời hoạt động sang những ngày làm việc.",

            // MARK: site

            // MARK: poster

            // MARK: check

            // MARK: import
            .importUnreadable: "Không đọc được bảng tính: {reason}. Hãy lưu tệp dưới dạng CSV (UTF-8) hoặc XLSX.",
            .importMissingColumn: "Bảng tính thiếu cột '{column}'. Thêm cột đó vào dòng tiêu đề (tên cột tiếng Việt hoặc tiếng Anh đều được).",
            .importMissingValue: "Ô ở cột '{column}' đang trống. Điền giá trị cho dòng này.",
            .importConflictingUnit: "Đơn vị '{unit}' ở dòng này có tên '{value}', khác với tên '{first}' ở dòng trước. Sửa cho thống nhất.",
            .importUnknownCampaign: "Không có chiến dịch '{campaign}' trong thư mục Campaigns/. Kiểm tra mã chiến dịch (tên thư mục).",
            .importSingleFileCampaign: "Chiến dịch '{campaign}' được viết trong một tệp duy nhất nên không có thư mục units/. Chuyển thành thư mục Campaigns/{campaign}/campaign.md rồi nhập lại.",
            .importUnitAlreadyRegistered: "Đơn vị '{unit}' đã đăng ký ở {first}. Xóa đăng ký cũ, hoặc dùng --replace để ghi đè tệp units/{unit}.md.",
        ],
        labels: [
            "error": "lỗi", "warning": "cảnh báo",
            "summary.clean": "Không có lỗi trong {files}.",
            "summary.problems": "{errors}, {warnings} trong {files}.",
            "files.one": "{count} tệp", "files.other": "{count} tệp",
            "errors.one": "{count} lỗi", "errors.other": "{count} lỗi",
            "warnings.one": "{count} cảnh báo", "warnings.other": "{count} cảnh báo",
            "phrase.mapping values are not allowed in this context": "không được có dấu hai chấm ở chỗ này (giá trị có dấu hai chấm thì đặt trong ngoặc kép)",
            "phrase.found unexpected end of stream": "tệp hết mà dấu ngoặc kép hoặc ngoặc vuông mở ở đây chưa được đóng",
            "phrase.did not find expected key": "thụt lề không khớp với các dòng trên",
            "phrase.did not find expected '-' indicator": "thụt lề của danh sách không khớp",
            "phrase.could not find expected ':'": "thiếu dấu hai chấm sau tên khóa",
            "phrase.found character that cannot start any token": "có ký tự không được đứng đầu giá trị (như @ hoặc `); hãy đặt giá trị trong ngoặc kép",
            "phrase.found a tab character that violates indentation": "dùng phím Tab để thụt lề; hãy dùng dấu cách",
            "phrase.found undefined alias": "dùng bí danh (*) chưa được khai báo",
            "phrase.did not find expected node content": "thiếu giá trị",
            "phrase.did not find expected ',' or ']'": "thiếu dấu phẩy hoặc dấu ngoặc vuông đóng",
            "phrase.did not find expected ',' or '}'": "thiếu dấu phẩy hoặc dấu ngoặc nhọn đóng",
            "phrase.found unknown escape character": "có ký tự thoát (\\) không hợp lệ trong ngoặc kép",

            // MARK: help
            "help.niemyet": "Kiểm tra, xuất bản và đối chiếu việc niêm yết công khai của các chiến dịch cải cách hành chính.",
            "help.validate": "Kiểm tra mọi tệp chiến dịch và báo tất cả lỗi cùng lúc (tệp:dòng:cột).",
            "help.due": "Tính ngày giờ hẹn trả kết quả theo lịch làm việc (trừ ngày nghỉ, lễ, Tết).",
            "help.holidays": "Liệt kê các ngày nghỉ trong năm: ngày lễ, Tết, nghỉ bù và ngày nghỉ được công bố.",
            "help.new": "Tạo chiến dịch hoặc đăng ký đơn vị mới từ mẫu có ghi chú.",
            "help.new.campaign": "Tạo Campaigns/<mã>/campaign.md từ tên chiến dịch.",
            "help.new.unit": "Tạo Campaigns/<chiến dịch>/units/<mã>.md cho đăng ký của một đơn vị.",
            "help.import": "Nhập đăng ký từ bảng tính (CSV hoặc XLSX).",
            "help.import.registrations": "Ghi mỗi đơn vị một tệp units/<mã>.md từ bảng tính, mỗi dòng một đơn vị và một thủ tục.",
            "help.build": "Kiểm tra rồi xuất bản trang thông tin và áp phích vào public/.",
            "help.poster": "Tạo áp phích PDF để in và niêm yết tại Bộ phận Tiếp nhận và Trả kết quả.",
            "help.check": "Đối chiếu trang niêm yết của từng đơn vị với các thủ tục đã đăng ký, lưu bằng chứng.",
            "help.serve": "Xem trước trang thông tin trên máy (127.0.0.1), tự tải lại khi sửa tệp.",

            // MARK: authoring labels
            "authoring.created": "Đã tạo {path}. Mở tệp để điền thông tin, rồi chạy 'niemyet validate'.",
            "authoring.exists": "{path} đã có. Không ghi đè; chọn tên khác hoặc xóa thư mục cũ.",
            "authoring.emptySlug": "Tên chiến dịch không có chữ cái hay chữ số nào để làm mã. Hãy đặt tên có chữ.",
            "authoring.unknownCampaign": "Không có chiến dịch '{campaign}' (cần tệp Campaigns/{campaign}/campaign.md).",
            "authoring.invalidID": "Mã '{value}' chỉ được có chữ thường không dấu, chữ số và dấu '-'. Ví dụ: '{suggestion}'.",
            "import.written": "Đã đọc {rows}, ghi {files}:",
            "import.nothingWritten": "Đã đọc {rows}; không ghi tệp nào. Sửa các dòng báo lỗi rồi nhập lại (hoặc dùng --skip-bad để bỏ qua dòng lỗi).",
            "rows.one": "{count} dòng", "rows.other": "{count} dòng",

            // MARK: calendar labels
            "calendar.due": "Hạn trả kết quả: {moment}",
            "calendar.moment": "{time} {weekday}, {date}",
            "calendar.listDate": "{weekday}, {date}",
            "calendar.holidays": "Các ngày nghỉ năm {year} (ngoài ngày nghỉ hằng tuần):",
            "calendar.makeUpDays": "Ngày làm bù:",
            "calendar.noHolidays": "Không có ngày nghỉ nào.",
            "calendar.invalidDateTime": "'{value}' không phải là thời điểm hợp lệ. Ghi theo dạng NĂM-THÁNG-NGÀYTGIỜ:PHÚT, ví dụ 2024-02-08T16:00 (giờ Việt Nam).",
            "calendar.outOfRange": "Chỉ tính được ngày trong các năm 1900 đến 2100.",
            "calendar.example.sentence": "Ví dụ: nộp hồ sơ lúc {filedTime} {filedDay}, hẹn trả kết quả lúc {dueTime} {dueDay}.",
            "calendar.example.nextWeek": "{weekday} tuần sau",
            "calendar.example.weeksLater": "{weekday}, {weeks} tuần sau",
            "weekday.1": "thứ Hai", "weekday.2": "thứ Ba", "weekday.3": "thứ Tư", "weekday.4": "thứ Năm",
            "weekday.5": "thứ Sáu", "weekday.6": "thứ Bảy", "weekday.7": "Chủ nhật",

            // MARK: site labels

            // MARK: poster labels

            // MARK: check labels
        ])
}
