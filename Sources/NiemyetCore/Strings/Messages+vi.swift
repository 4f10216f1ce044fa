extension Messages {
    /// Vietnamese, the default: plain words for office staff, saying what to write instead.
    static let vietnamese = Messages(
        language: .vi,
        templates: [
            .projectNotFound: "Không tìm thấy thư mục dự án '{path}'. Hãy chỉ đúng thư mục chứa Campaigns/ và Site/.",
            .campaignsFolderMissing: "Thư mục dự án chưa có thư mục Campaigns/. Hãy tạo Campaigns/ và đặt các chiến dịch vào đó (ví dụ bằng lệnh 'niemyet new campaign').",
            .missingCampaignFile: "Thư mục chiến dịch này chưa có tệp campaign.md. Thêm tệp campaign.md (ví dụ bằng lệnh 'niemyet new campaign') hoặc xóa thư mục.",
            .fileUnreadable: "Không đọc được tệp: {reason}.",
            .fileTooLarge: "Tệp quá lớn ({size} byte, tối đa {limit} byte). Hãy chia nhỏ nội dung hoặc bỏ phần không cần thiết.",
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

            // MARK: site

            // MARK: poster

            // MARK: check
            .checkUnknownCampaign: "Không có chiến dịch '{campaign}'. Ghi đúng tên thư mục (hoặc tệp) của chiến dịch trong Campaigns/.",
            .checkUnknownUnit: "Không có đơn vị '{unit}' đăng ký[[ trong chiến dịch '{campaign}']]. Ghi đúng mã đơn vị như trong units.yaml hoặc trong phần 'units:' của chiến dịch.",
            .checkReportNotWritten: "Không ghi được kết quả kiểm tra vào '{path}'. Kiểm tra quyền ghi vào thư mục dự án.",

            // MARK: import
        ],
        labels: [
            "error": "lỗi", "warning": "cảnh báo",
            "summary.clean": "Không có lỗi trong {files} tệp.",
            "summary.problems": "{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",

            // MARK: calendar labels

            // MARK: site labels

            // MARK: poster labels

            // MARK: check labels
        ])
}
