function __niemyet_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __niemyet_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __niemyet_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __niemyet_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __niemyet_parse_tokens -S
    set -l unparsed_tokens (__niemyet_tokens -pc)
    switch $unparsed_tokens[1]
    case 'niemyet'
        __niemyet_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'validate'
            __niemyet_parse_subcommand 1 'lang=' 'format=' 'version' 'h/help'
        case 'build'
            __niemyet_parse_subcommand 1 'lang=' 'out=' 'clock=' 'verbose' 'poster-size=' 'no-posters' 'version' 'h/help'
        case 'poster'
            __niemyet_parse_subcommand 1 'lang=' 'campaign=' 'unit=' 'size=' 'out=' 'version' 'h/help'
        case 'check'
            __niemyet_parse_subcommand 1 'lang=' 'campaign=' 'unit=' 'format=' 'connect-timeout=' 'timeout=' 'retries=' 'retry-delay=' 'max-retry-after=' 'max-concurrent=' 'max-per-host=' 'max-body-mb=' 'max-redirects=' 'insecure' 'version' 'h/help'
        case 'serve'
            __niemyet_parse_subcommand 1 'lang=' 'port=' 'version' 'h/help'
        case 'due'
            __niemyet_parse_subcommand 0 'from=' 'turnaround=' 'unit=' 'format=' 'project=' 'lang=' 'version' 'h/help'
        case 'holidays'
            __niemyet_parse_subcommand 1 'format=' 'project=' 'lang=' 'version' 'h/help'
        case 'new'
            __niemyet_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'campaign'
                __niemyet_parse_subcommand 1 'start=' 'end=' 'organizer=' 'project=' 'lang=' 'version' 'h/help'
            case 'unit'
                __niemyet_parse_subcommand 1 'campaign=' 'name=' 'block=' 'project=' 'lang=' 'version' 'h/help'
            end
        case 'import'
            __niemyet_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'registrations'
                __niemyet_parse_subcommand 1 'campaign=' 'project=' 'skip-bad' 'replace' 'format=' 'lang=' 'version' 'h/help'
            end
        case 'help'
            __niemyet_parse_subcommand -r 1 'version'
        end
    end
end

function __niemyet_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __niemyet_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __niemyet_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __niemyet_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__niemyet_tokens -p)
    if test -z "$(__niemyet_tokens -t)"
        set -l index (count (__niemyet_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'niemyet' -f
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'validate' -d 'Kiểm tra mọi tệp chiến dịch và báo tất cả lỗi cùng lúc (tệp:dòng:cột).'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'build' -d 'Kiểm tra rồi xuất bản trang thông tin và áp phích vào public/.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'poster' -d 'Tạo áp phích PDF để in và niêm yết tại Bộ phận Tiếp nhận và Trả kết quả.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'check' -d 'Đối chiếu trang niêm yết của từng đơn vị với các thủ tục đã đăng ký, lưu bằng chứng.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'serve' -d 'Xem trước trang thông tin trên máy (127.0.0.1), tự tải lại khi sửa tệp.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'due' -d 'Tính ngày giờ hẹn trả kết quả theo lịch làm việc (trừ ngày nghỉ, lễ, Tết).'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'holidays' -d 'Liệt kê các ngày nghỉ trong năm: ngày lễ, Tết, nghỉ bù và ngày nghỉ được công bố.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'new' -d 'Tạo chiến dịch hoặc đăng ký đơn vị mới từ mẫu có ghi chú.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'import' -d 'Nhập đăng ký từ bảng tính (CSV hoặc XLSX).'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet validate" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet validate" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet validate" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" out' -l 'out' -d 'The folder to publish into (default: PATH/public).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" clock' -l 'clock' -d 'The day taken as today for running, upcoming and past campaigns, as YYYY-MM-DD (default: today in Vietnam).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" verbose' -l 'verbose' -d 'List every page this build rendered (the others were unchanged) and how many campaigns were kept whole.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" poster-size' -l 'poster-size' -d 'Paper size of the posters written with the site: A4 or A3.' -rfka 'A4 A3'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" no-posters' -l 'no-posters' -d 'Write the pages only, without posters (a quicker draft, or to compare with other site generators).'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet build" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" campaign' -l 'campaign' -d 'Only this campaign (its folder or file name under Campaigns/).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" unit' -l 'unit' -d 'Only this unit\'s posters (its id in units.yaml).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" size' -l 'size' -d 'Paper size: A4 or A3.' -rfka 'A4 A3'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" out' -l 'out' -d 'The site folder; posters go to DIR/posters/<campaign>/<unit>.pdf (default: PATH/public).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet poster" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" campaign' -l 'campaign' -d 'Check only this campaign (its id, the folder or file name).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" unit' -l 'unit' -d 'Check only this unit: shows exactly what is missing from its posting.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" format' -l 'format' -d 'Output format: text, json, junit or markdown.' -rfka 'text json junit markdown'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" connect-timeout' -l 'connect-timeout' -d 'Seconds allowed to connect.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" timeout' -l 'timeout' -d 'Seconds allowed for one attempt, body included.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" retries' -l 'retries' -d 'Retries after a timeout, 429 or 5xx answer.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" retry-delay' -l 'retry-delay' -d 'Seconds before the first retry; doubles on each further retry.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" max-retry-after' -l 'max-retry-after' -d 'Longest Retry-After honoured, in seconds; longer waits are cut to this.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" max-concurrent' -l 'max-concurrent' -d 'Fetches in flight at once.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" max-per-host' -l 'max-per-host' -d 'Fetches in flight at once to any one host.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" max-body-mb' -l 'max-body-mb' -d 'Largest page read, in megabytes.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" max-redirects' -l 'max-redirects' -d 'Redirects followed at most.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" insecure' -l 'insecure' -d 'Accept TLS certificates that do not verify (test servers only).'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet serve" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet serve" port' -l 'port' -d 'The port on 127.0.0.1 (0 picks a free one).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet serve" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet serve" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" from' -l 'from' -d 'When the dossier was filed, e.g. 2024-02-08T16:00.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" turnaround' -l 'turnaround' -d 'The turnaround, e.g. "01 ngày làm việc", "02 buổi", "4 giờ", "trong ngày".' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" unit' -l 'unit' -d 'Use the office hours of this unit (an id of units.yaml).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" project' -l 'project' -d 'The project folder (default: the current folder, when it holds Campaigns/).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet due" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet holidays" format' -l 'format' -d 'Output format: text or json.' -rfka 'text json'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet holidays" project' -l 'project' -d 'The project folder (default: the current folder, when it holds Campaigns/).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet holidays" lang' -l 'lang' -d 'Language of messages: vi or en (default: LANG, then site.yaml).' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet holidays" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet holidays" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet new" -eq 1' -fa 'campaign' -d 'Tạo Campaigns/<mã>/campaign.md từ tên chiến dịch.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet new" -eq 1' -fa 'unit' -d 'Tạo Campaigns/<chiến dịch>/units/<mã>.md cho đăng ký của một đơn vị.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" start' -l 'start' -d 'First day, YYYY-MM-DD (default: today).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" end' -l 'end' -d 'Last day, YYYY-MM-DD (default: 30 days after the start).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" organizer' -l 'organizer' -d 'Who organizes the campaign.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" project' -l 'project' -d 'The project folder.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" lang' -l 'lang' -d 'Language of messages: vi or en.' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new campaign" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" campaign' -l 'campaign' -d 'The campaign\'s id (its folder name).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" name' -l 'name' -d 'The unit\'s name.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" block' -l 'block' -d 'The unit\'s block: district, ward, commune, department, vertical, city.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" project' -l 'project' -d 'The project folder.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" lang' -l 'lang' -d 'Language of messages: vi or en.' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet new unit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_positional "niemyet import" -eq 1' -fa 'registrations' -d 'Ghi mỗi đơn vị một tệp units/<mã>.md từ bảng tính, mỗi dòng một đơn vị và một thủ tục.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" campaign' -l 'campaign' -d 'The campaign\'s id (its folder name under Campaigns/).' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" project' -l 'project' -d 'The project folder.' -rfka ''
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" skip-bad' -l 'skip-bad' -d 'Write the good rows even when some rows are bad.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" replace' -l 'replace' -d 'Overwrite units/<id>.md files that already exist.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" format' -l 'format' -d 'Output format of problems: text or json.' -rfka 'text json'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" lang' -l 'lang' -d 'Language of messages: vi or en.' -rfka 'vi en'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" version' -l 'version' -d 'Show the version.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet import registrations" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'niemyet' -n '__niemyet_should_offer_completions_for_flags_or_options "niemyet help" version' -l 'version' -d 'Show the version.'
