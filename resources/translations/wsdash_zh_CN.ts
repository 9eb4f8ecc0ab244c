<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wsdash</name>
    <message>
        <source>%1 was not reported by the API.</source>
        <translation>API 未报告%1。</translation>
    </message>
    <message>
        <source>%1 is undefined: total_num is 0 or not reported.</source>
        <translation>%1 无定义：total_num 为 0 或未报告。</translation>
    </message>
    <message>
        <source>the API sent no per-pool statistics.</source>
        <translation>API 未返回各桌面池的统计数据。</translation>
    </message>
    <message>
        <source>no desktop pools were reported.</source>
        <translation>未报告任何桌面池。</translation>
    </message>
    <message>
        <source>%1 is undefined for every pool (no desktops, or the count was not reported).</source>
        <translation>所有桌面池的%1均无定义（没有桌面，或未报告该数量）。</translation>
    </message>
    <message>
        <source>%1 was not reported for any pool.</source>
        <translation>所有桌面池均未报告%1。</translation>
    </message>
    <message>
        <source>%1 pools OK</source>
        <translation>%1 个桌面池正常</translation>
    </message>
    <message>
        <source>%1 of %2 pools</source>
        <translation>%2 个桌面池中的 %1 个</translation>
    </message>
    <message>
        <source>; worst %1</source>
        <translation>；最差 %1</translation>
    </message>
    <message>
        <source>; %1 pools without a value skipped</source>
        <translation>；已跳过 %1 个无数值的桌面池</translation>
    </message>
    <message>
        <source>usage: %1 (see wsdash --help)</source>
        <translation>用法：%1（参见 wsdash --help）</translation>
    </message>
    <message>
        <source>request failed: %1</source>
        <translation>请求失败：%1</translation>
    </message>
    <message>
        <source>wsdash — a dashboard for Huawei Cloud Workspace desktop statistics.</source>
        <translation>wsdash — 华为云 Workspace 桌面统计仪表板。</translation>
    </message>
    <message>
        <source>Unexpected argument (not shown). Options start with --; credentials are read from the environment, never from the command line.</source>
        <translation>意外的参数（未显示）。选项以 -- 开头；凭证只从环境变量读取，绝不从命令行读取。</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 指定了多次。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation>--timeout 必须是 0 到 3600 之间的秒数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--export and --screenshot cannot be combined.</source>
        <translation>--export 和 --screenshot 不能同时使用。</translation>
    </message>
    <message>
        <source>--export %1: the folder %2 does not exist.</source>
        <translation>--export %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>--screenshot %1: the file name must end in .png.</source>
        <translation>--screenshot %1：文件名必须以 .png 结尾。</translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, not &quot;%1&quot;.</source>
        <translation>--size 必须是 320x240 到 8192x8192 之间的 宽x高，而不是“%1”。</translation>
    </message>
    <message>
        <source>--theme must be light or dark, not &quot;%1&quot;.</source>
        <translation>--theme 必须是 light 或 dark，而不是“%1”。</translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation>--lang 必须是 en 或 zh_CN，而不是“%1”。</translation>
    </message>
    <message>
        <source>--demo uses the built-in simulator; it cannot be combined with --endpoint, --region or --profile.</source>
        <translation>--demo 使用内置模拟器，不能与 --endpoint、--region 或 --profile 同时使用。</translation>
    </message>
    <message>
        <source>Give either --endpoint or --region, not both.</source>
        <translation>请指定 --endpoint 或 --region，不能同时指定两者。</translation>
    </message>
    <message>
        <source>Say where to connect: --endpoint URL or --region ID (or --demo for the built-in simulator).</source>
        <translation>请指定连接目标：--endpoint URL 或 --region ID（或使用 --demo 启用内置模拟器）。</translation>
    </message>
    <message>
        <source>No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (plus HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key), or WSDASH_IAM_TOKEN.</source>
        <translation>没有凭证：请设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK（临时密钥还需设置 HUAWEICLOUD_SDK_SECURITY_TOKEN），或设置 WSDASH_IAM_TOKEN。</translation>
    </message>
    <message>
        <source>No project ID: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.</source>
        <translation>没有项目 ID：请指定 --project-id 或设置 HUAWEICLOUD_SDK_PROJECT_ID。</translation>
    </message>
    <message>
        <source>Project ID &quot;%1&quot; is not valid (letters, digits, - and _ only).</source>
        <translation>项目 ID“%1”无效（只允许字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>warning: the server ignored the pool filter (an older API release); %1 other pools were left out of the export, but total_num and the state totals cover all pools.</source>
        <translation>警告：服务器忽略了桌面池过滤条件（较旧的 API 版本）；导出中省略了其他 %1 个桌面池，但 total_num 和各状态合计涵盖所有桌面池。</translation>
    </message>
    <message>
        <source>nothing recorded yet (%1 does not exist); the file has the header only.</source>
        <translation>尚无记录（%1 不存在）；文件中只有表头。</translation>
    </message>
    <message>
        <source>--check %1: not a count; use one of %2, optionally with % for its share of total_num.</source>
        <translation>--check %1：不是一个数量；请使用 %2 之一，可加 % 表示其占 total_num 的比例。</translation>
    </message>
    <message>
        <source>--check total_num%: the share of total_num is always 100 %.</source>
        <translation>--check total_num%：total_num 所占比例始终为 100 %。</translation>
    </message>
    <message>
        <source>--check needs --warning RANGE, --critical RANGE or both.</source>
        <translation>--check 需要 --warning RANGE、--critical RANGE 或两者。</translation>
    </message>
    <message>
        <source>--check %1 needs --statistics-type %2.</source>
        <translation>--check %1 需要 --statistics-type %2。</translation>
    </message>
    <message>
        <source>--each-pool needs --desktop-type POOLED (pools are pooled desktops).</source>
        <translation>--each-pool 需要 --desktop-type POOLED（桌面池中的桌面属于 POOLED 类型）。</translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation>--%1 只能与 --check 一起使用。</translation>
    </message>
    <message>
        <source>--since only goes with --history.</source>
        <translation>--since 只能与 --history 一起使用。</translation>
    </message>
    <message>
        <source>--check and --history cannot be combined.</source>
        <translation>--check 和 --history 不能同时使用。</translation>
    </message>
    <message>
        <source>%1 cannot be combined with --export or --screenshot.</source>
        <translation>%1 不能与 --export 或 --screenshot 同时使用。</translation>
    </message>
    <message>
        <source>%1 cannot be combined with --demo.</source>
        <translation>%1 不能与 --demo 同时使用。</translation>
    </message>
    <message>
        <source>--history %1: the file name must end in .csv.</source>
        <translation>--history %1：文件名必须以 .csv 结尾。</translation>
    </message>
    <message>
        <source>--history %1: the folder %2 does not exist.</source>
        <translation>--history %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>There are no saved profiles; create one with --save-profile NAME.</source>
        <translation>没有已保存的配置文件；请使用 --save-profile NAME 创建。</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>已保存的配置文件：%1。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; cannot be read: no system keychain is available (%2). Set the credentials in the environment and use --endpoint/--region instead, or run where the keychain is available.</source>
        <translation>无法读取配置文件“%1”的密钥：没有可用的系统密钥环（%2）。请在环境变量中设置凭证并改用 --endpoint/--region，或在有密钥环的环境中运行。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was not saved: no system keychain is available (%2), and wsdash never writes keys to disk.</source>
        <translation>配置文件“%1”未保存：没有可用的系统密钥环（%2），而 wsdash 从不将密钥写入磁盘。</translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot; (%2); its keys are in %3.</source>
        <translation>已更新配置文件“%1”（%2）；其密钥保存在%3中。</translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2); its keys are in %3.</source>
        <translation>已保存配置文件“%1”（%2）；其密钥保存在%3中。</translation>
    </message>
    <message>
        <source>token expires %1</source>
        <translation>令牌到期时间 %1</translation>
    </message>
    <message>
        <source>(current)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile (see --list-profiles).</source>
        <translation>--profile 需要已保存配置文件的名称（参见 --list-profiles）。</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2.</source>
        <translation>%1 不能与 %2 同时使用。</translation>
    </message>
    <message>
        <source>--save-profile: %1</source>
        <translation>--save-profile：%1</translation>
    </message>
    <message>
        <source>%1 ignored: profile &quot;%2&quot; supplies the credentials.</source>
        <translation>已忽略 %1：凭证由配置文件“%2”提供。</translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); use --screenshot FILE.png or --export FILE, or set QT_QPA_PLATFORM.</source>
        <translation>没有显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）；请使用 --screenshot FILE.png 或 --export FILE，或设置 QT_QPA_PLATFORM。</translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation>演示模拟器</translation>
    </message>
    <message>
        <source>the picture of the error is in %1</source>
        <translation>错误画面已保存在 %1</translation>
    </message>
    <message>
        <source>--export %1: the file name must end in .json, .csv or .pdf.</source>
        <translation>--export %1：文件名必须以 .json、.csv 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>--scale applies to --screenshot only.</source>
        <translation>--scale 仅适用于 --screenshot。</translation>
    </message>
    <message>
        <source>--scale must be 1 or 2, not &quot;%1&quot;.</source>
        <translation>--scale 必须为 1 或 2，而不是“%1”。</translation>
    </message>
    <message>
        <source>--as-of applies to --screenshot and --export only.</source>
        <translation>--as-of 仅适用于 --screenshot 和 --export。</translation>
    </message>
    <message>
        <source>--as-of must be a date and time such as 2026-11-26T09:00:00Z, not &quot;%1&quot;.</source>
        <translation>--as-of 必须是日期和时间（例如 2026-11-26T09:00:00Z），而不是“%1”。</translation>
    </message>
    <message>
        <source>request not sent: these credentials were refused at %1 (%2); sending them again could get the access key locked. Correct the key or token: new credentials are sent again.</source>
        <translation>请求未发送：这组凭证已于 %1 被拒绝（%2）；再次发送可能导致访问密钥被锁定。请更正密钥或令牌：新的凭证会重新发送。</translation>
    </message>
    <message>
        <source>The connection used last, “%1”, cannot be opened: %2</source>
        <translation>上次使用的连接“%1”无法打开：%2</translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_AK is set: %1, project %2. Its keys stay in the environment.</source>
        <translation>已设置 HUAWEICLOUD_SDK_AK：%1，项目 %2。其密钥仍只保存在环境变量中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not valid text in the system&apos;s encoding (%2); rename the file or choose another name.</source>
        <translation>“%1”不是系统编码（%2）下的有效文本；请重命名该文件或换一个名称。</translation>
    </message>
    <message>
        <source>--size %1x%2 at --scale %3 makes a picture of %4 million pixels; the most is %5 million (e.g. 8192x8192, or 4096x4096 at scale 2).</source>
        <translation>--size %1x%2 配合 --scale %3 会生成 %4 百万像素的图片；最多 %5 百万像素（例如 8192x8192，或缩放 2 时的 4096x4096）。</translation>
    </message>
    <message>
        <source>the sample was not recorded: </source>
        <translation>本次样本未记录：</translation>
    </message>
    <message>
        <source>binary data, not text</source>
        <translation>二进制数据，不是文本</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>a [section] line without its closing ]</source>
        <translation>[节] 行缺少结尾的 ]</translation>
    </message>
    <message>
        <source>neither a [section] nor a key=value line</source>
        <translation>既不是 [节] 行，也不是 键=值 行</translation>
    </message>
    <message>
        <source>not a valid INI file</source>
        <translation>不是有效的 INI 文件</translation>
    </message>
    <message>
        <source>the file cannot be read as settings (%1); it was not overwritten</source>
        <translation>无法将该文件读取为设置（%1）；未覆盖该文件</translation>
    </message>
    <message>
        <source>the settings could not be prepared in the temporary folder</source>
        <translation>无法在临时文件夹中准备设置</translation>
    </message>
    <message>
        <source>the settings file cannot be read and is left as it is: %1</source>
        <translation>无法读取设置文件，已保持原样：%1</translation>
    </message>
    <message>
        <source>--drill is given more than once.</source>
        <translation>--drill 只能给出一次。</translation>
    </message>
    <message>
        <source>--drill cannot be combined with --screenshot, --check or --history.</source>
        <translation>--drill 不能与 --screenshot、--check 或 --history 同时使用。</translation>
    </message>
    <message>
        <source>--drill %1: not a count; use an API name such as error_num or in_use_num, or a console name such as Faulty.</source>
        <translation>--drill %1：不是统计项；请使用 API 名称（如 error_num、in_use_num）或控制台名称（如 故障）。</translation>
    </message>
    <message>
        <source>--drill writes .csv or .json, not .pdf.</source>
        <translation>--drill 只写 .csv 或 .json，不写 .pdf。</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2 中的 %1：%3</translation>
    </message>
    <message>
        <source>History: off (--no-history)</source>
        <translation>历史：已关闭（--no-history）</translation>
    </message>
    <message>
        <source>nothing recorded yet in %1; the file has the header only.</source>
        <translation>%1 中尚无记录；文件中只有表头。</translation>
    </message>
    <message>
        <source>--%1 must be a number of seconds between %2 and %3, not &quot;%4&quot;.</source>
        <translation>--%1 必须是 %2 到 %3 之间的秒数，而不是“%4”。</translation>
    </message>
    <message>
        <source>--metrics-listen wants ADDRESS:PORT, e.g. 127.0.0.1:9464, not &quot;%1&quot;.</source>
        <translation>--metrics-listen 需要 地址:端口（例如 127.0.0.1:9464），而不是“%1”。</translation>
    </message>
    <message>
        <source>--metrics-listen: &quot;%1&quot; is not a port number.</source>
        <translation>--metrics-listen：“%1”不是端口号。</translation>
    </message>
    <message>
        <source>--metrics-listen: &quot;%1&quot; is not an IP address.</source>
        <translation>--metrics-listen：“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>--metrics-listen: %1 is not a loopback address. The metrics have no authentication: listen on loopback, or on every interface with 0.0.0.0:PORT only behind a firewall.</source>
        <translation>--metrics-listen：%1 不是环回地址。指标接口没有身份验证：请监听环回地址；只有在防火墙之后，才可用 0.0.0.0:端口 监听所有网络接口。</translation>
    </message>
    <message>
        <source>--webhook: &quot;%1&quot; is not a URL.</source>
        <translation>--webhook：“%1”不是 URL。</translation>
    </message>
    <message>
        <source>--webhook must be an https:// URL (plain http:// only to a loopback address), not &quot;%1&quot;.</source>
        <translation>--webhook 必须是 https:// URL（明文 http:// 仅限环回地址），而不是“%1”。</translation>
    </message>
    <message>
        <source>wsdash-collector — polls Huawei Cloud Workspace desktop statistics on a schedule, records them in wsdash&apos;s history, serves Prometheus metrics and sends alerts.</source>
        <translation>wsdash-collector — 定时轮询华为云 Workspace 桌面统计，记录到 wsdash 的历史数据中，提供 Prometheus 指标并发送告警。</translation>
    </message>
    <message>
        <source>--calls-per-minute must be a whole number from 1 to 1000000, not &quot;%1&quot;.</source>
        <translation>--calls-per-minute 必须是 1 到 1000000 之间的整数，而不是“%1”。</translation>
    </message>
    <message>
        <source>Give either --profile or --all-profiles, not both.</source>
        <translation>请指定 --profile 或 --all-profiles，不能同时指定两者。</translation>
    </message>
    <message>
        <source>Give saved profiles (--profile, --all-profiles) or one connection (--endpoint/--region), not both.</source>
        <translation>请指定已保存的配置文件（--profile、--all-profiles）或一个连接（--endpoint/--region），不能同时指定两者。</translation>
    </message>
    <message>
        <source>Say what to poll: --profile NAME, --all-profiles, or --endpoint URL / --region ID with credentials in the environment.</source>
        <translation>请指定轮询对象：--profile NAME、--all-profiles，或 --endpoint URL / --region ID（凭证来自环境变量）。</translation>
    </message>
    <message>
        <source>--project-id can override the project of one --profile only.</source>
        <translation>--project-id 只能覆盖单个 --profile 的项目。</translation>
    </message>
    <message>
        <source>signal %1 received, stopping</source>
        <translation>收到信号 %1，正在停止</translation>
    </message>
    <message>
        <source>--interval raised to %1 s: %2 connection(s) every %3 s would exceed the request budget of %4 calls per minute.</source>
        <translation>--interval 已提高到 %1 秒：%2 个连接每 %3 秒轮询一次会超出每分钟 %4 次调用的请求配额。</translation>
    </message>
    <message>
        <source>Give --history FILE or --history-url URL, not both.</source>
        <translation>请只给出 --history FILE 或 --history-url URL 之一，不要同时给出。</translation>
    </message>
    <message>
        <source>the window module is version %1, not %2: reinstall wsdash</source>
        <translation>窗口模块的版本是 %1，而不是 %2：请重新安装 wsdash</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>the window module cannot be loaded (%1)</source>
        <translation>无法加载窗口模块（%1）</translation>
    </message>
</context>
<context>
    <name>wsdash::AboutDialog</name>
    <message>
        <source>About wsdash</source>
        <translation>关于 wsdash</translation>
    </message>
    <message>
        <source>&lt;p&gt;A dashboard for Huawei Cloud Workspace desktop statistics.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence. &lt;a href=&quot;https://github.com/wsdash/wsdash&quot;&gt;github.com/wsdash/wsdash&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Huawei Cloud and Workspace are trademarks of their owners; wsdash is not affiliated with Huawei.&lt;/p&gt;</source>
        <translation>&lt;p&gt;华为云 Workspace 桌面统计仪表板。&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;基于 MIT 许可证发布。&lt;a href=&quot;https://github.com/wsdash/wsdash&quot;&gt;github.com/wsdash/wsdash&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Huawei Cloud 和 Workspace 是其各自所有者的商标；wsdash 与华为无关联。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copy version</source>
        <translation>复制版本信息</translation>
    </message>
    <message>
        <source>wsdash %1 (%2)
Built with Qt %3, running on Qt %4
%5</source>
        <translation>wsdash %1（%2）
使用 Qt %3 构建，运行于 Qt %4
%5</translation>
    </message>
</context>
<context>
    <name>wsdash::AlertControls</name>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>wsdash: critical alert</source>
        <translation>wsdash：严重告警</translation>
    </message>
    <message>
        <source>wsdash: warning</source>
        <translation>wsdash：警告</translation>
    </message>
    <message>
        <source>A&amp;lerts…</source>
        <translation>告警(&amp;L)…</translation>
    </message>
    <message>
        <source>Alert rules of this profile and the alert log (Ctrl+L)</source>
        <translation>此配置文件的告警规则和告警日志（Ctrl+L）</translation>
    </message>
</context>
<context>
    <name>wsdash::AlertRule</name>
    <message>
        <source>&quot;%1&quot; is not a rule: write e.g. &quot;error_num &gt; 0&quot; or &quot;each-pool attach_error_num &gt;= warning 5 critical 10 for 5m&quot;.</source>
        <translation>“%1”不是规则：请写成例如“error_num &gt; 0”或“each-pool attach_error_num &gt;= warning 5 critical 10 for 5m”。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation>在“%1”中：%2</translation>
    </message>
    <message>
        <source>expected &quot;warning N&quot;, &quot;critical N&quot; or &quot;for DURATION&quot;, not &quot;%1&quot;.</source>
        <translation>应为“warning N”、“critical N”或“for DURATION”，而不是“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation>“%1”指定了两次。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number.</source>
        <translation>“%1”需要一个数字。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
    <message>
        <source>&quot;for&quot; needs one duration such as 90s, 5m or 1h, and ends the rule.</source>
        <translation>“for”需要一个时长，例如 90s、5m 或 1h，且必须位于规则末尾。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 90s, 5m or 1h.</source>
        <translation>“%1”不是时长（例如 90s、5m 或 1h）。</translation>
    </message>
    <message>
        <source>give a warning level, a critical level or both.</source>
        <translation>请指定警告级别、严重级别或两者。</translation>
    </message>
    <message>
        <source>the share of total_num is always 100 %.</source>
        <translation>total_num 所占比例始终为 100 %。</translation>
    </message>
    <message>
        <source>the critical level must not be below the warning level.</source>
        <translation>严重级别不得低于警告级别。</translation>
    </message>
    <message>
        <source>the critical level must not be above the warning level.</source>
        <translation>严重级别不得高于警告级别。</translation>
    </message>
    <message>
        <source>&quot;for&quot; must be at most 24h.</source>
        <translation>“for”最长为 24h。</translation>
    </message>
    <message>
        <source>Unknown count &quot;%1&quot; in &quot;%2&quot;. The counts are: %3.</source>
        <translation>“%2”中的计数“%1”未知。可用的计数：%3。</translation>
    </message>
</context>
<context>
    <name>wsdash::AlertsDialog</name>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Alert log (last 30 days)</source>
        <translation>告警日志（最近 30 天）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Rules of this connection (no profile)</source>
        <translation>此连接的规则（未使用配置文件）</translation>
    </message>
    <message>
        <source>Rules of the profile “%1”</source>
        <translation>配置文件“%1”的规则</translation>
    </message>
    <message>
        <source>No rules: nothing is watched.</source>
        <translation>没有规则：不监视任何计数。</translation>
    </message>
    <message>
        <source>History is off (--no-history or a screenshot): alerts are not logged.</source>
        <translation>历史记录已关闭（--no-history 或截图）：告警不会记入告警日志。</translation>
    </message>
    <message>
        <source>Reading the alert log…</source>
        <translation>正在读取告警日志…</translation>
    </message>
    <message>
        <source>The alert log cannot be read: %1</source>
        <translation>无法读取告警日志：%1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>尚未触发任何告警。</translation>
    </message>
    <message>
        <source>e.g. %1 &gt; 0  or  each-pool %2 &lt; warning 5 critical 1 for 5m</source>
        <translation>例如 %1 &gt; 0  或  each-pool %2 &lt; warning 5 critical 1 for 5m</translation>
    </message>
    <message>
        <source>New rule</source>
        <translation>新规则</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>The rules have changes that are not saved.</source>
        <translation>规则有尚未保存的更改。</translation>
    </message>
    <message>
        <source>[total | each-pool] COUNT[%] &gt;|&gt;=|&lt;|&lt;= [warning N] [critical N] [for 5m] — a bare number is the critical level.</source>
        <translation>[total | each-pool] 计数[%] &gt;|&gt;=|&lt;|&lt;= [warning N] [critical N] [for 5m] — 单独的数字表示严重级别。</translation>
    </message>
    <message>
        <source>Counts: %1</source>
        <translation>计数：%1</translation>
    </message>
</context>
<context>
    <name>wsdash::ApiError</name>
    <message>
        <source>Refusing plain http:// to %1; use https://.</source>
        <translation>拒绝以明文 http:// 连接 %1；请使用 https://。</translation>
    </message>
    <message>
        <source>The response announces %1 bytes, more than the %2 allowed; it was not read.</source>
        <translation>响应声明有 %1 字节，超过允许的 %2；未读取。</translation>
    </message>
    <message>
        <source>The response is larger than the %1 allowed; reading stopped.</source>
        <translation>响应大于允许的 %1；已停止读取。</translation>
    </message>
    <message>
        <source>The response could not be read: %1</source>
        <translation>无法读取响应：%1</translation>
    </message>
    <message>
        <source>The server redirected the request to %1; API calls are not redirected, so it was not followed.</source>
        <translation>服务器将请求重定向到 %1；API 调用不跟随重定向，因此未跟随。</translation>
    </message>
    <message>
        <source>TLS connection to %1 failed: %2</source>
        <translation>到 %1 的 TLS 连接失败：%2</translation>
    </message>
    <message>
        <source>Host %1 not found (DNS lookup failed).</source>
        <translation>找不到主机 %1（DNS 解析失败）。</translation>
    </message>
    <message>
        <source>Connection to %1 refused.</source>
        <translation>到 %1 的连接被拒绝。</translation>
    </message>
    <message>
        <source>%1 closed the connection before the full answer arrived.</source>
        <translation>%1 在完整响应到达前关闭了连接。</translation>
    </message>
    <message>
        <source>Proxy error: %1</source>
        <translation>代理错误：%1</translation>
    </message>
    <message>
        <source>The server asks to retry after %1 s, beyond the time left for this request.</source>
        <translation>服务器要求 %1 秒后重试，超出了本次请求的剩余时间。</translation>
    </message>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>%1 秒内未收到完整响应。</translation>
    </message>
    <message>
        <source>Last failure: %1</source>
        <translation>最后一次失败：%1</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回 HTTP %1。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2.</source>
        <translation>服务器返回 HTTP %1 %2。</translation>
    </message>
    <message>
        <source>(The body was not JSON.)</source>
        <translation>（响应体不是 JSON。）</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS 错误</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>throttled</source>
        <translation>被限流</translation>
    </message>
    <message>
        <source>bad response</source>
        <translation>无效响应</translation>
    </message>
    <message>
        <source>response too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>拒绝重定向</translation>
    </message>
    <message>
        <source>insecure URL</source>
        <translation>不安全的 URL</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Project ID &quot;%1&quot; is not valid (letters, digits, - and _ only).</source>
        <translation>项目 ID“%1”无效（只允许字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <source>The response has %1 headers (%2), more than the %3 headers or %4 allowed; it was not read.</source>
        <translation>响应有 %1 个头部（%2），超过允许的 %3 个头部或 %4；未读取。</translation>
    </message>
    <message>
        <source>The response is encoded as &quot;%1&quot;, which wsdash cannot read.</source>
        <translation>响应的编码为“%1”，wsdash 无法读取。</translation>
    </message>
    <message>
        <source>(It was compressed: %1 received would inflate to more.)</source>
        <translation>（响应经过压缩：已收到的 %1 解压后会更大。）</translation>
    </message>
    <message>
        <source>The compressed response could not be inflated.</source>
        <translation>无法解压压缩的响应。</translation>
    </message>
    <message>
        <source>The compressed response ended before its end.</source>
        <translation>压缩的响应在结束前中断。</translation>
    </message>
    <message>
        <source>The response has no readable headers (more than the %1 header lines allowed, or none); it was not read.</source>
        <translation>响应没有可读的标头（超过允许的 %1 行标头，或根本没有标头）；未读取该响应。</translation>
    </message>
</context>
<context>
    <name>wsdash::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>no free temporary name</source>
        <translation>没有可用的临时文件名</translation>
    </message>
    <message>
        <source>the file was not opened</source>
        <translation>文件未打开</translation>
    </message>
</context>
<context>
    <name>wsdash::ChartPanel</name>
    <message>
        <source>Per pool:</source>
        <translation>按桌面池：</translation>
    </message>
    <message>
        <source>State family of the per-pool chart</source>
        <translation>按桌面池图表的统计类型</translation>
    </message>
    <message>
        <source>Scale of the per-pool chart</source>
        <translation>按桌面池图表的刻度</translation>
    </message>
    <message>
        <source>% of each pool</source>
        <translation>各池占比 %</translation>
    </message>
    <message>
        <source>desktops</source>
        <translation>桌面数</translation>
    </message>
    <message numerus="yes">
        <source>Other (%Ln pools)</source>
        <translation>
            <numerusform>其他（%Ln 个桌面池）</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 largest of %2 pools; “Other” sums up the remaining %3.</source>
        <translation>%2 个桌面池中最大的 %1 个；“其他”汇总其余 %3 个。</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln pool(s), largest first.</source>
        <translation>
            <numerusform>全部 %Ln 个桌面池，从大到小。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln invalid value(s) left out.</source>
        <translation>
            <numerusform>已略去 %Ln 个无效值。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::Collector</name>
    <message>
        <source>cannot open the history %1: %2</source>
        <translation>无法打开历史数据 %1：%2</translation>
    </message>
    <message>
        <source>cannot listen on %1:%2 for metrics: %3</source>
        <translation>无法在 %1:%2 上监听指标请求：%3</translation>
    </message>
    <message>
        <source>delivery failed (%1); trying again in %2 ms</source>
        <translation>发送失败（%1）；%2 毫秒后重试</translation>
    </message>
    <message>
        <source>delivery failed (%1); alert given up</source>
        <translation>发送失败（%1）；已放弃该告警</translation>
    </message>
    <message>
        <source>queue full: %1 oldest alert(s) dropped</source>
        <translation>队列已满：已丢弃最早的 %1 条告警</translation>
    </message>
    <message>
        <source>%1 connection(s), every %2 s, history %3</source>
        <translation>%1 个连接，每 %2 秒一次，历史数据 %3</translation>
    </message>
    <message>
        <source>, metrics on http://%1:%2/metrics</source>
        <translation>，指标位于 http://%1:%2/metrics</translation>
    </message>
    <message>
        <source>the credentials of connection &quot;%1&quot; (project %2) were refused before: %3. Polling of this connection is stopped; they are not sent again, so that the access key is not locked. Correct the key or token and restart the collector.</source>
        <translation>连接“%1”（项目 %2）的凭证此前已被拒绝：%3。已停止轮询此连接；凭证不会再次发送，以免访问密钥被锁定。请更正密钥或令牌，然后重启采集器。</translation>
    </message>
    <message>
        <source>AUTHENTICATION FAILED for connection &quot;%1&quot; (project %2): %3. Polling of this connection has stopped for good, so that the access key is not locked; the other connections go on. Correct the key or token and restart the collector.</source>
        <translation>连接“%1”（项目 %2）身份验证失败：%3。已永久停止轮询此连接，以免访问密钥被锁定；其他连接继续运行。请更正密钥或令牌，然后重启采集器。</translation>
    </message>
</context>
<context>
    <name>wsdash::CollectorProfiles</name>
    <message>
        <source>There are no saved profiles; create one with wsdash --save-profile NAME.</source>
        <translation>没有已保存的配置文件；请使用 wsdash --save-profile NAME 创建。</translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation>已保存的配置文件：%1。</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; cannot be read: no system keychain is available (%2). Give --endpoint/--region with the credentials in the environment (EnvironmentFile= of the systemd unit) instead.</source>
        <translation>无法读取配置文件“%1”的密钥：没有可用的系统密钥环（%2）。请改用 --endpoint/--region，并在环境变量中提供凭证（systemd 单元的 EnvironmentFile=）。</translation>
    </message>
</context>
<context>
    <name>wsdash::CollectorSwitches</name>
    <message>
        <source>Poll every saved profile.</source>
        <translation>轮询所有已保存的配置文件。</translation>
    </message>
    <message>
        <source>Seconds between rounds (default 60; never shorter than the request budget allows).</source>
        <translation>两轮轮询之间的秒数（默认 60；不会短于请求配额允许的间隔）。</translation>
    </message>
    <message>
        <source>The request budget, calls per minute for all connections (default 180; the API allows 200 per user). Raise it only for a simulator.</source>
        <translation>请求配额：所有连接合计每分钟的调用次数（默认 180；API 允许每个用户 200 次）。仅在使用模拟器时调高。</translation>
    </message>
    <message>
        <source>Poll one round, then exit.</source>
        <translation>轮询一轮后退出。</translation>
    </message>
    <message>
        <source>The history database (default: history.db in wsdash&apos;s data folder).</source>
        <translation>历史数据库（默认：wsdash 数据文件夹中的 history.db）。</translation>
    </message>
    <message>
        <source>Serve Prometheus metrics on GET /metrics at ADDRESS:PORT, e.g. 127.0.0.1:9464 (loopback; 0.0.0.0:PORT or [::]:PORT to listen on every interface).</source>
        <translation>在 地址:端口 上通过 GET /metrics 提供 Prometheus 指标，例如 127.0.0.1:9464（环回地址；使用 0.0.0.0:端口 或 [::]:端口 监听所有网络接口）。</translation>
    </message>
    <message>
        <source>POST alert level changes as JSON to this URL (https, or http to loopback).</source>
        <translation>将告警级别变化以 JSON 格式 POST 到此 URL（https，或指向环回地址的 http）。</translation>
    </message>
    <message>
        <source>The history store as a file path or postgresql://user@host:port/database (the password from PGPASSWORD or ~/.pgpass); default: the History/url setting, else history.db in wsdash&apos;s data folder.</source>
        <translation>历史记录存储，可以是文件路径或 postgresql://user@host:port/database（密码取自 PGPASSWORD 或 ~/.pgpass）；默认：History/url 设置，否则为 wsdash 数据文件夹中的 history.db。</translation>
    </message>
</context>
<context>
    <name>wsdash::ConnectionCliSwitches</name>
    <message>
        <source>Use the built-in Workspace simulator instead of a cloud account.</source>
        <translation>使用内置 Workspace 模拟器，而非云账号。</translation>
    </message>
    <message>
        <source>Workspace API endpoint, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation>Workspace API 终端节点，例如 https://workspace.cn-north-4.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-north-4.</source>
        <translation>区域 ID，例如 cn-north-4。</translation>
    </message>
    <message>
        <source>Project ID (default: $HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation>项目 ID（默认：$HUAWEICLOUD_SDK_PROJECT_ID）。</translation>
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation>使用已保存的连接配置文件。</translation>
    </message>
    <message>
        <source>Create or update a profile from --endpoint/--region, --project-id and the credentials in the environment (secrets go to the system keychain), then exit.</source>
        <translation>根据 --endpoint/--region、--project-id 和环境变量中的凭证创建或更新配置文件（密钥保存到系统密钥环），然后退出。</translation>
    </message>
    <message>
        <source>List the saved profiles (no secrets) and exit.</source>
        <translation>列出已保存的配置文件（不含密钥）并退出。</translation>
    </message>
</context>
<context>
    <name>wsdash::ConnectionControls</name>
    <message>
        <source>Profile:</source>
        <translation>配置文件：</translation>
    </message>
    <message>
        <source>All projects…</source>
        <translation>所有项目…</translation>
    </message>
    <message>
        <source>Totals of every saved profile&apos;s project side by side</source>
        <translation>并排显示每个已保存配置文件所对应项目的合计</translation>
    </message>
    <message>
        <source>Cannot open profile</source>
        <translation>无法打开配置文件</translation>
    </message>
    <message>
        <source>The profile “%1” cannot be used: %2</source>
        <translation>无法使用配置文件“%1”：%2</translation>
    </message>
</context>
<context>
    <name>wsdash::ConnectionTester</name>
    <message>
        <source>The profile has no complete credentials.</source>
        <translation>该配置文件的凭证不完整。</translation>
    </message>
    <message>
        <source>The project ID is missing or not valid.</source>
        <translation>项目 ID 缺失或无效。</translation>
    </message>
</context>
<context>
    <name>wsdash::Credentials</name>
    <message>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK must be set together.</source>
        <translation>HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK 必须同时设置。</translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_SECURITY_TOKEN is set without HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation>设置了 HUAWEICLOUD_SDK_SECURITY_TOKEN，但未设置 HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK。</translation>
    </message>
</context>
<context>
    <name>wsdash::DashboardController</name>
    <message numerus="yes">
        <source>None of the %n selected desktop pool(s) has any desktops.</source>
        <translation>
            <numerusform>所选的 %n 个桌面池中没有任何桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>This project has no common (dedicated) desktops.</source>
        <translation>此项目没有普通桌面。</translation>
    </message>
    <message>
        <source>This project has no pooled desktops.</source>
        <translation>此项目没有桌面池桌面。</translation>
    </message>
    <message>
        <source>Project %1 has no desktops at %2. If you expected some, check the project ID and the region.</source>
        <translation>项目 %1 在 %2 没有桌面。如果应当有桌面，请检查项目 ID 和区域。</translation>
    </message>
</context>
<context>
    <name>wsdash::DashboardImage</name>
    <message>
        <source>could not encode the picture as PNG</source>
        <translation>无法将图片编码为 PNG</translation>
    </message>
</context>
<context>
    <name>wsdash::DesktopListModel</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>Desktop ID</source>
        <translation>桌面 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>Assignment state</source>
        <translation>分配状态</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP 地址</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>维护模式</translation>
    </message>
</context>
<context>
    <name>wsdash::DesktopListParser</name>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>The desktop list is not a JSON object.</source>
        <translation>桌面列表不是 JSON 对象。</translation>
    </message>
    <message>
        <source>total_count: expected a count</source>
        <translation>total_count：应为计数</translation>
    </message>
    <message>
        <source>desktops: expected an array</source>
        <translation>desktops：应为数组</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
</context>
<context>
    <name>wsdash::DesktopPoolClient</name>
    <message>
        <source>%1.%2: expected a string</source>
        <translation>%1.%2：应为字符串</translation>
    </message>
    <message>
        <source>%1.%2: expected a count</source>
        <translation>%1.%2：应为计数</translation>
    </message>
    <message>
        <source>The desktop pool list is not a JSON object.</source>
        <translation>桌面池列表不是 JSON 对象。</translation>
    </message>
    <message>
        <source>total_count: expected a count</source>
        <translation>total_count：应为计数</translation>
    </message>
    <message>
        <source>desktop_pools: expected an array</source>
        <translation>desktop_pools：应为数组</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1.id: missing</source>
        <translation>%1.id：缺失</translation>
    </message>
</context>
<context>
    <name>wsdash::DesktopsView</name>
    <message>
        <source>How these rows were chosen: %1.</source>
        <translation>筛选方式：%1。</translation>
    </message>
    <message>
        <source>The statistics said %1.</source>
        <translation>统计数据为 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n desktop(s) are listed; the statistics did not report this count.</source>
        <translation>
            <numerusform>列出了 %n 个桌面；统计数据未报告此项。</numerusform>
        </translation>
    </message>
    <message>
        <source>The statistics said %1; %2 desktops are listed so far (the list is incomplete).</source>
        <translation>统计数据为 %1；目前列出了 %2 个桌面（列表不完整）。</translation>
    </message>
    <message>
        <source>The statistics said %1; all %2 are listed.</source>
        <translation>统计数据为 %1；已全部列出 %2 个。</translation>
    </message>
    <message>
        <source>The statistics said %1; %2 desktops are listed now — the two calls were %3 s apart, and desktops change state meanwhile.</source>
        <translation>统计数据为 %1；现在列出了 %2 个桌面——两次调用相隔 %3 秒，其间桌面状态会变化。</translation>
    </message>
    <message>
        <source>Page %1 of %2: %3 of %4 desktops read from the server.</source>
        <translation>第 %1/%2 页：已从服务器读取 %3/%4 个桌面。</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s) read.</source>
        <translation>
            <numerusform>完成：已读取 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 failed: %2. The %3 desktops of the pages before it are kept.</source>
        <translation>第 %1 页请求失败：%2。之前各页的 %3 个桌面已保留。</translation>
    </message>
    <message>
        <source>The file name must end in .csv or .json.</source>
        <translation>文件名必须以 .csv 或 .json 结尾。</translation>
    </message>
    <message>
        <source>Export desktops</source>
        <translation>导出桌面</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Desktops: %1</source>
        <translation>桌面列表：%1</translation>
    </message>
    <message>
        <source>Filter: name, ID, user, IP, state…</source>
        <translation>筛选：名称、ID、用户、IP、状态…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Reading the first page…</source>
        <translation>正在读取第一页…</translation>
    </message>
</context>
<context>
    <name>wsdash::Diagnosis</name>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The IAM token has expired</source>
        <translation>IAM 令牌已过期</translation>
    </message>
    <message>
        <source>IAM tokens are valid for 24 hours. %1</source>
        <translation>IAM 令牌的有效期为 24 小时。%1</translation>
    </message>
    <message>
        <source>Get a new token (sign in to IAM again) and save it in the profile.</source>
        <translation>请重新获取令牌（重新登录 IAM）并保存到配置文件中。</translation>
    </message>
    <message>
        <source>The IAM token was not accepted</source>
        <translation>IAM 令牌未被接受</translation>
    </message>
    <message>
        <source>The token is malformed, was revoked, or was issued for another project. %1</source>
        <translation>令牌格式错误、已被撤销，或是为其他项目签发的。%1</translation>
    </message>
    <message>
        <source>Get a new token scoped to project %1 and paste it whole.</source>
        <translation>请获取作用于项目 %1 的新令牌，并完整粘贴。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation>本机时钟不正确</translation>
    </message>
    <message>
        <source>Your clock is %1 the server&apos;s. Signed requests carry the time, and the gateway refuses them when it differs from its own by more than 15 minutes. %2</source>
        <translation>您的时钟比服务器%1。签名请求带有时间，当其与网关自身时间相差超过 15 分钟时，网关会拒绝请求。%2</translation>
    </message>
    <message>
        <source>Set the system clock right (turn on automatic time / NTP), then test again.</source>
        <translation>请校正系统时钟（开启自动对时 / NTP），然后重新测试。</translation>
    </message>
    <message>
        <source>The temporary access key has expired</source>
        <translation>临时访问密钥已过期</translation>
    </message>
    <message>
        <source>Temporary AK/SK and their security token are valid for a limited time only. %1</source>
        <translation>临时 AK/SK 及其安全令牌仅在有限时间内有效。%1</translation>
    </message>
    <message>
        <source>Obtain a new temporary AK/SK with its security token.</source>
        <translation>请获取新的临时 AK/SK 及其安全令牌。</translation>
    </message>
    <message>
        <source>The project ID does not match the access key</source>
        <translation>项目 ID 与访问密钥不匹配</translation>
    </message>
    <message>
        <source>Check the project ID of the region on the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation>请在控制台“我的凭证”页面核对该区域的项目 ID。</translation>
    </message>
    <message>
        <source>The gateway could not verify the signature: the secret key does not belong to the access key, or the key was deleted or disabled.</source>
        <translation>网关无法验证签名：私有访问密钥（SK）与访问密钥（AK）不匹配，或该密钥已被删除或停用。</translation>
    </message>
    <message>
        <source>The clocks agree well enough (yours is %1 the server&apos;s), so the time is not the cause.</source>
        <translation>时钟差异在允许范围内（您的时钟比服务器%1），因此不是时间的问题。</translation>
    </message>
    <message>
        <source>The server sent no Date, so the clocks could not be compared; a clock more than 15 minutes off has the same effect.</source>
        <translation>服务器未返回 Date，无法比较时钟；时钟偏差超过 15 分钟也会导致同样的结果。</translation>
    </message>
    <message>
        <source>The secret key is wrong</source>
        <translation>私有访问密钥（SK）错误</translation>
    </message>
    <message>
        <source>Enter the access key ID and secret key again, exactly as downloaded. After five failures in a row the key is locked for five minutes.</source>
        <translation>请重新输入访问密钥 ID 和私有访问密钥，与下载的内容完全一致。连续失败五次后，该密钥将被锁定五分钟。</translation>
    </message>
    <message>
        <source>The proxy server failed</source>
        <translation>代理服务器出错</translation>
    </message>
    <message>
        <source>Requests go through the proxy %1, which did not pass this one on: %2</source>
        <translation>请求经由代理 %1 发送，但该代理未转发此请求：%2</translation>
    </message>
    <message>
        <source>Check the system proxy settings (or http_proxy / https_proxy), the proxy&apos;s user name and password, and whether it allows %1.</source>
        <translation>请检查系统代理设置（或 http_proxy / https_proxy）、代理的用户名和密码，以及代理是否允许访问 %1。</translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation>无网络连接</translation>
    </message>
    <message>
        <source>No host name can be looked up, not even well-known ones: this computer has no working network or DNS. %1</source>
        <translation>无法解析任何主机名，即使是常见主机名：本机没有可用的网络或 DNS。%1</translation>
    </message>
    <message>
        <source>Check the network connection, then test again.</source>
        <translation>请检查网络连接，然后重新测试。</translation>
    </message>
    <message>
        <source>The region or endpoint does not exist</source>
        <translation>区域或终端节点不存在</translation>
    </message>
    <message>
        <source>The host %1 is not known to DNS, while other hosts are: the region or the custom endpoint is wrong.</source>
        <translation>DNS 无法解析主机 %1，但可以解析其他主机：区域或自定义终端节点有误。</translation>
    </message>
    <message>
        <source>Choose the region the project is in, or correct the endpoint (https://workspace.{region}.myhuaweicloud.com).</source>
        <translation>请选择项目所在的区域，或更正终端节点（https://workspace.{region}.myhuaweicloud.com）。</translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation>服务器无应答</translation>
    </message>
    <message>
        <source>%1 gave no answer in time. A firewall may drop the traffic, or the network is down. %2</source>
        <translation>%1 未及时应答。可能是防火墙丢弃了流量，或网络中断。%2</translation>
    </message>
    <message>
        <source>Check the network and firewall; if a proxy is needed, set it in the system settings.</source>
        <translation>请检查网络和防火墙；如需使用代理，请在系统设置中配置。</translation>
    </message>
    <message>
        <source>Could not connect to the server</source>
        <translation>无法连接到服务器</translation>
    </message>
    <message>
        <source>%1 was found but no connection could be made: %2</source>
        <translation>已找到 %1，但无法建立连接：%2</translation>
    </message>
    <message>
        <source>Check the network and firewall, and the endpoint&apos;s port.</source>
        <translation>请检查网络和防火墙，以及终端节点的端口。</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified or the TLS handshake failed: %1</source>
        <translation>无法验证服务器证书，或 TLS 握手失败：%1</translation>
    </message>
    <message>
        <source>Check the endpoint address. A proxy that inspects TLS needs its certificate installed in the system. wsdash never ignores certificate errors.</source>
        <translation>请检查终端节点地址。检查 TLS 流量的代理需要在系统中安装其证书。wsdash 从不忽略证书错误。</translation>
    </message>
    <message>
        <source>The proxy answered instead of the server</source>
        <translation>应答来自代理而非服务器</translation>
    </message>
    <message>
        <source>Through the proxy %1 the answer was not the Workspace API&apos;s: %2</source>
        <translation>经由代理 %1 收到的应答不是 Workspace API 的应答：%2</translation>
    </message>
    <message>
        <source>The proxy may require a sign-in page or block the host.</source>
        <translation>代理可能要求登录页面，或拦截了该主机。</translation>
    </message>
    <message>
        <source>This is not the Workspace API</source>
        <translation>这不是 Workspace API</translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as the Workspace API does: %2</source>
        <translation>%1 上的服务器有应答，但不是 Workspace API 的应答方式：%2</translation>
    </message>
    <message>
        <source>Check the endpoint; for a region it is https://workspace.{region}.myhuaweicloud.com.</source>
        <translation>请检查终端节点；区域对应的终端节点为 https://workspace.{region}.myhuaweicloud.com。</translation>
    </message>
    <message>
        <source>The profile cannot be used as it is</source>
        <translation>该配置文件无法直接使用</translation>
    </message>
    <message>
        <source>Edit the profile.</source>
        <translation>请编辑配置文件。</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>请求过多</translation>
    </message>
    <message>
        <source>The API allows 200 calls per minute per user. %1</source>
        <translation>该 API 每个用户每分钟最多允许调用 200 次。%1</translation>
    </message>
    <message>
        <source>Wait a minute and test again; lower the refresh rate of other dashboards using the same user.</source>
        <translation>请等待一分钟后重新测试；并降低使用同一用户的其他仪表板的刷新频率。</translation>
    </message>
    <message>
        <source>The answer was unexpectedly large</source>
        <translation>应答数据异常大</translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation>请检查终端节点。</translation>
    </message>
    <message>
        <source>Workspace is not enabled for this project</source>
        <translation>该项目未开通 Workspace</translation>
    </message>
    <message>
        <source>Enable Workspace in this region and project on the console, or choose the project where it runs.</source>
        <translation>请在控制台为该区域和项目开通 Workspace，或选择已开通 Workspace 的项目。</translation>
    </message>
    <message>
        <source>The project ID does not match the credentials</source>
        <translation>项目 ID 与凭证不匹配</translation>
    </message>
    <message>
        <source>Use the project ID of this region from the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation>请使用控制台“我的凭证”页面中该区域的项目 ID。</translation>
    </message>
    <message>
        <source>The credentials are valid, but the IAM user may not call this API: it needs the action %1 in project %2.</source>
        <translation>凭证有效，但该 IAM 用户可能无权调用此 API：需要在项目 %2 中具有操作权限 %1。</translation>
    </message>
    <message>
        <source>The answer carries an encoded authorization message; an administrator can decode it with STS decode-authorization-message to see which policy denied the call.</source>
        <translation>应答中包含编码的授权信息；管理员可以使用 STS decode-authorization-message 解码，查看是哪条策略拒绝了调用。</translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation>缺少权限</translation>
    </message>
    <message>
        <source>Ask an administrator to grant %1 (for example through the Workspace read-only policy) to this user in this project.</source>
        <translation>请管理员在该项目中为此用户授予 %1（例如通过 Workspace 只读策略）。</translation>
    </message>
    <message>
        <source>The Workspace API is not at this address</source>
        <translation>该地址上没有 Workspace API</translation>
    </message>
    <message>
        <source>The server at %1 has no such API. %2</source>
        <translation>%1 上的服务器没有此 API。%2</translation>
    </message>
    <message>
        <source>Choose the right region, or correct the custom endpoint.</source>
        <translation>请选择正确的区域，或更正自定义终端节点。</translation>
    </message>
    <message>
        <source>The project was not found</source>
        <translation>未找到项目</translation>
    </message>
    <message>
        <source>Project %1 is unknown to Workspace in this region. %2</source>
        <translation>该区域的 Workspace 中不存在项目 %1。%2</translation>
    </message>
    <message>
        <source>Each region has its own project ID: copy the one for this region from the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation>每个区域都有各自的项目 ID：请从控制台“我的凭证”页面复制该区域的项目 ID。</translation>
    </message>
    <message>
        <source>The Workspace service failed</source>
        <translation>Workspace 服务出错</translation>
    </message>
    <message>
        <source>Try again later; if it persists, give Huawei Cloud support the request ID.</source>
        <translation>请稍后重试；如果问题持续，请向华为云技术支持提供请求 ID。</translation>
    </message>
    <message>
        <source>The request was refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>Check the profile; give support the request ID if it persists.</source>
        <translation>请检查配置文件；如果问题持续，请向技术支持提供请求 ID。</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message numerus="yes">
        <source>Workspace answered: %n desktop(s) in project %1.</source>
        <translation>
            <numerusform>Workspace 已应答：项目 %1 中有 %n 个桌面。</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your clock is %1 the server&apos;s; at 15 minutes signed requests are refused.</source>
        <translation>注意：您的时钟比服务器%1；相差达到 15 分钟时签名请求将被拒绝。</translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP).</source>
        <translation>请开启自动对时（NTP）。</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>慢 %1</translation>
    </message>
    <message>
        <source>%1 ahead of</source>
        <translation>快 %1</translation>
    </message>
</context>
<context>
    <name>wsdash::DonutChart</name>
    <message>
        <source>%1 chart</source>
        <translation>%1图表</translation>
    </message>
    <message>
        <source>%1: %2 (%3 of this family)</source>
        <translation>%1：%2（占本类 %3）</translation>
    </message>
    <message>
        <source>Click to list these desktops.</source>
        <translation>单击可列出这些桌面。</translation>
    </message>
    <message>
        <source>%1: press Enter to list these desktops.</source>
        <translation>%1：按 Enter 列出这些桌面。</translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>略去 %n 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::DrillCliSwitches</name>
    <message>
        <source>List the desktops behind a count (an API name such as error_num, or a console name such as Faulty or 故障) as CSV on stdout, or into --export FILE.csv|.json, and exit. --desktop-type and --pool-id set the scope.</source>
        <translation>列出某个统计项背后的桌面（API 名称如 error_num，或控制台名称如 Faulty、故障），以 CSV 输出到标准输出或写入 --export FILE.csv|.json，然后退出。--desktop-type 和 --pool-id 设定范围。</translation>
    </message>
</context>
<context>
    <name>wsdash::DrillCommand</name>
    <message>
        <source>request failed</source>
        <translation>请求失败</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>page %1 of the desktop list failed: %2</source>
        <translation>桌面列表第 %1 页请求失败：%2</translation>
    </message>
    <message>
        <source>The statistics said %1; %2 desktops are listed.</source>
        <translation>统计数据为 %1；列出了 %2 个桌面。</translation>
    </message>
    <message>
        <source>%1 desktops are listed.</source>
        <translation>列出了 %1 个桌面。</translation>
    </message>
</context>
<context>
    <name>wsdash::DrillDownLauncher</name>
    <message>
        <source>Desktops</source>
        <translation>桌面列表</translation>
    </message>
</context>
<context>
    <name>wsdash::DrillPlan</name>
    <message>
        <source>status</source>
        <translation>运行状态</translation>
    </message>
    <message>
        <source>login status</source>
        <translation>登录状态</translation>
    </message>
    <message>
        <source>assignment state</source>
        <translation>分配状态</translation>
    </message>
    <message>
        <source>No desktop list for this count: no login status of the desktop API is documented to mean &quot;unable to connect&quot;, and wsdash does not guess.</source>
        <translation>此统计项无法列出桌面：桌面 API 没有任何登录状态被文档说明为“无法连接”，wsdash 不作猜测。</translation>
    </message>
    <message>
        <source>No desktop list for &quot;dedicated desktops plus chosen pools&quot;: the desktop API filters by one desktop type. Drill into a pool, or clear the pool filter.</source>
        <translation>无法列出“普通桌面加所选桌面池”：桌面 API 只能按一种桌面类型筛选。请钻取单个桌面池，或清除桌面池筛选。</translation>
    </message>
    <message>
        <source>desktop type = %1</source>
        <translation>桌面类型 = %1</translation>
    </message>
    <message>
        <source>pool = %1</source>
        <translation>桌面池 = %1</translation>
    </message>
    <message>
        <source>status = %1</source>
        <translation>状态 = %1</translation>
    </message>
    <message>
        <source>user assigned = %1</source>
        <translation>已分配用户 = %1</translation>
    </message>
    <message>
        <source>every desktop of the project from the server</source>
        <translation>从服务器读取项目的全部桌面</translation>
    </message>
    <message>
        <source>%1 on the server</source>
        <translation>服务器端筛选 %1</translation>
    </message>
    <message>
        <source>, then %1 = %2 here</source>
        <translation>，再在本地筛选 %1 = %2</translation>
    </message>
</context>
<context>
    <name>wsdash::EmptyStates</name>
    <message>
        <source>No data: the request failed (see above).</source>
        <translation>无数据：请求失败（见上方）。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>The per-pool breakdown needs “%1” in the desktop type filter: the API only breaks pooled desktops down by pool.</source>
        <translation>按桌面池细分需要在桌面类型筛选中勾选“%1”：API 只按桌面池统计池桌面。</translation>
    </message>
    <message>
        <source>This project has no desktop pools.</source>
        <translation>此项目没有桌面池。</translation>
    </message>
    <message>
        <source>None of the selected pools was found.</source>
        <translation>未找到所选的任何桌面池。</translation>
    </message>
</context>
<context>
    <name>wsdash::Endpoint</name>
    <message>
        <source>Unknown region &quot;%1&quot;; known regions: %2. Use --endpoint for another one.</source>
        <translation>未知区域“%1”；已知区域：%2。其他区域请使用 --endpoint。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL (expected e.g. https://workspace.cn-north-4.myhuaweicloud.com).</source>
        <translation>“%1”不是有效的终端节点 URL（应为例如 https://workspace.cn-north-4.myhuaweicloud.com）。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must use https://.</source>
        <translation>终端节点“%1”必须使用 https://。</translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: credentials and data would cross the network unencrypted. Use https://, or http:// only to a loopback address.</source>
        <translation>拒绝以明文 http:// 连接 %1：凭证和数据将以未加密方式在网络上传输。请使用 https://，http:// 仅可用于环回地址。</translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must not contain user information, a query or a fragment.</source>
        <translation>终端节点“%1”不得包含用户信息、查询参数或片段。</translation>
    </message>
</context>
<context>
    <name>wsdash::ErrorBanner</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Copy request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Copy the request ID</source>
        <translation>复制请求 ID</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;The refresh failed&lt;/b&gt; — %1: %2</source>
        <translation>&lt;b&gt;刷新失败&lt;/b&gt; — %1：%2</translation>
    </message>
    <message>
        <source>Request ID: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>请求 ID：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message>
        <source>The data below is from %1 and is stale.</source>
        <translation>下方数据来自 %1，已过期。</translation>
    </message>
    <message>
        <source>No data has been loaded yet.</source>
        <translation>尚未加载任何数据。</translation>
    </message>
    <message>
        <source>Edit connection…</source>
        <translation>编辑连接…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Nothing more is sent with these credentials until you act, so that the gateway does not lock the key.</source>
        <translation>在您处理之前，不会再用这组凭证发送任何请求，以免网关锁定该密钥。</translation>
    </message>
    <message numerus="yes">
        <source>Tried %n time(s).</source>
        <translation>
            <numerusform>已尝试 %n 次。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::ExportMenu</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>导出和打印</translation>
    </message>
    <message>
        <source>Save a picture or a PDF report, print, export or copy the table</source>
        <translation>保存图片或 PDF 报告、打印、导出或复制表格</translation>
    </message>
    <message>
        <source>Save picture (PNG, 2x)…</source>
        <translation>保存图片（PNG，2 倍）…</translation>
    </message>
    <message>
        <source>Save the dashboard as a picture</source>
        <translation>将仪表板保存为图片</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Save PDF report…</source>
        <translation>保存 PDF 报告…</translation>
    </message>
    <message>
        <source>Save a PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>将表格导出为 CSV…</translation>
    </message>
    <message>
        <source>Export the statistics as CSV</source>
        <translation>将统计数据导出为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export table as JSON…</source>
        <translation>将表格导出为 JSON…</translation>
    </message>
    <message>
        <source>Export the statistics as JSON</source>
        <translation>将统计数据导出为 JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Copy table as Markdown</source>
        <translation>复制表格为 Markdown</translation>
    </message>
    <message>
        <source>Copy table as TSV</source>
        <translation>复制表格为 TSV</translation>
    </message>
    <message>
        <source>there is no data to export yet</source>
        <translation>尚无可导出的数据</translation>
    </message>
    <message>
        <source>%1: the file name must end in .csv or .json</source>
        <translation>%1：文件名必须以 .csv 或 .json 结尾</translation>
    </message>
    <message>
        <source>Workspace desktop statistics</source>
        <translation>云桌面统计</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>打印报告</translation>
    </message>
</context>
<context>
    <name>wsdash::FilterPanel</name>
    <message>
        <source>Desktop type</source>
        <translation>桌面类型</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计类型</translation>
    </message>
    <message>
        <source>Desktop pools</source>
        <translation>桌面池</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear the pool selection</source>
        <translation>清除桌面池选择</translation>
    </message>
    <message>
        <source>Search pools</source>
        <translation>搜索桌面池</translation>
    </message>
    <message>
        <source>Search the pool list</source>
        <translation>搜索桌面池列表</translation>
    </message>
    <message>
        <source>Desktop pools to include</source>
        <translation>要包含的桌面池</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Reload the pool list</source>
        <translation>重新加载桌面池列表</translation>
    </message>
    <message>
        <source>Add pool IDs by hand:</source>
        <translation>手动添加桌面池 ID：</translation>
    </message>
    <message>
        <source>id1, id2, …</source>
        <translation>id1, id2, …</translation>
    </message>
    <message>
        <source>Pool IDs to add</source>
        <translation>要添加的桌面池 ID</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Add the pool IDs</source>
        <translation>添加桌面池 ID</translation>
    </message>
    <message>
        <source>Not in the pool list, added anyway: %1</source>
        <translation>不在桌面池列表中，仍已添加：%1</translation>
    </message>
    <message>
        <source>All pools (none selected)</source>
        <translation>全部桌面池（未选择）</translation>
    </message>
    <message numerus="yes">
        <source>%n pool(s) selected</source>
        <translation>
            <numerusform>已选择 %n 个桌面池</numerusform>
        </translation>
    </message>
    <message>
        <source>None checked: all desktops, without the per-pool breakdown.</source>
        <translation>未勾选：统计全部桌面，不按桌面池细分。</translation>
    </message>
    <message>
        <source>The per-pool breakdown needs “%1”.</source>
        <translation>按桌面池细分需要勾选“%1”。</translation>
    </message>
    <message>
        <source>The per-pool breakdown covers pooled desktops only.</source>
        <translation>按桌面池细分只包含桌面池桌面。</translation>
    </message>
    <message>
        <source>The Desktop Statistics API returns desktop_pool_statistics only when POOLED is requested.</source>
        <translation>桌面统计 API 仅在请求 POOLED 时返回 desktop_pool_statistics。</translation>
    </message>
    <message>
        <source>Loading the pool list…</source>
        <translation>正在加载桌面池列表…</translation>
    </message>
    <message>
        <source>The pool list could not be loaded (%1).</source>
        <translation>无法加载桌面池列表（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pool(s) in the project</source>
        <translation>
            <numerusform>项目中有 %Ln 个桌面池</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::FreshnessBar</name>
    <message>
        <source>waiting for the API rate limit…</source>
        <translation>正在等待 API 调用频率限制…</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Data freshness</source>
        <translation>数据时效</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>正在刷新</translation>
    </message>
    <message>
        <source>totals only</source>
        <translation>仅总数</translation>
    </message>
    <message>
        <source>all pools</source>
        <translation>全部桌面池</translation>
    </message>
    <message>
        <source>pools %1</source>
        <translation>桌面池 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n selected pool(s)</source>
        <translation>
            <numerusform>已选 %n 个桌面池</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Stale&lt;/b&gt;: data as of %1</source>
        <translation>&lt;b&gt;⚠ 已过期&lt;/b&gt;：数据时间 %1</translation>
    </message>
    <message>
        <source>Data as of &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>数据时间 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>No data yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>next refresh in %1</source>
        <translation>%1后刷新</translation>
    </message>
    <message>
        <source>auto-refresh off</source>
        <translation>自动刷新已关闭</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>project %1</source>
        <translation>项目 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;auto-refresh paused&lt;/b&gt;: the credentials were refused</source>
        <translation>&lt;b&gt;自动刷新已暂停&lt;/b&gt;：凭证被拒绝</translation>
    </message>
</context>
<context>
    <name>wsdash::HelpDialog</name>
    <message>
        <source>wsdash help</source>
        <translation>wsdash 帮助</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>帮助内容</translation>
    </message>
    <message>
        <source>The counts</source>
        <translation>各项计数</translation>
    </message>
    <message>
        <source>Each tile lists one family of counts; each count is a number of desktops. &lt;i&gt;Share&lt;/i&gt; is the count&apos;s part of all desktops the filters cover; &lt;i&gt;Change&lt;/i&gt; is the difference to the previous refresh; &lt;i&gt;vs 24 h&lt;/i&gt; the difference to the value recorded 24 hours earlier, shown once the history reaches that far back.</source>
        <translation>每个卡片列出一类计数；每个计数都是桌面数量。&lt;i&gt;占比&lt;/i&gt;是该计数在筛选范围内全部桌面中所占的比例；&lt;i&gt;变化&lt;/i&gt;是与上次刷新相比的差值；&lt;i&gt;较 24 小时&lt;/i&gt;是与 24 小时前记录值相比的差值，历史记录满 24 小时后才显示。</translation>
    </message>
    <message>
        <source>The window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <source>When the numbers on screen were fetched. “Stale” means the latest refresh failed and older numbers are shown.</source>
        <translation>屏幕上数字的获取时间。“已过期”表示最近一次刷新失败，显示的是较早的数字。</translation>
    </message>
    <message>
        <source>Auto-refresh</source>
        <translation>自动刷新</translation>
    </message>
    <message>
        <source>Fetches the statistics again at the chosen interval; F5 fetches them now.</source>
        <translation>按所选间隔重新获取统计数据；F5 立即获取。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Rules such as “Faulty &gt; 0” mark a count in red or amber on the tiles and in the table (Tools ▸ Alerts…).</source>
        <translation>诸如“故障 &gt; 0”的规则会在卡片和表格中以红色或琥珀色标出计数（工具 ▸ 告警…）。</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>The recorded history of the counts (Tools ▸ Trends…, Ctrl+T).</source>
        <translation>计数的历史记录（工具 ▸ 趋势…，Ctrl+T）。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>立即刷新</translation>
    </message>
    <message>
        <source>Find a pool in the table</source>
        <translation>在表格中查找桌面池</translation>
    </message>
    <message>
        <source>Copy the selected rows of the table, or every row shown</source>
        <translation>复制表格中选中的行，未选中时复制显示的全部行</translation>
    </message>
    <message>
        <source>Save a PDF report</source>
        <translation>保存 PDF 报告</translation>
    </message>
    <message>
        <source>Open the menus</source>
        <translation>打开菜单</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryCliSwitches</name>
    <message>
        <source>Monitoring plug-in: fetch once, compare METRIC (a count such as error_num, or error_num% for its share of total_num) with --warning and --critical, print one status line with performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>监控插件：获取一次数据，将 METRIC（数量，例如 error_num；或 error_num% 表示其占 total_num 的比例）与 --warning 和 --critical 比较，输出一行带性能数据的状态；退出码 0 OK、1 WARNING、2 CRITICAL、3 UNKNOWN。</translation>
    </message>
    <message>
        <source>With --check: the warning range (N alerts above N; see docs/HISTORY.md).</source>
        <translation>与 --check 配合：警告范围（N 表示高于 N 时告警；参见 docs/HISTORY.md）。</translation>
    </message>
    <message>
        <source>With --check: the critical range.</source>
        <translation>与 --check 配合：严重范围。</translation>
    </message>
    <message>
        <source>With --check: check every desktop pool; the worst pool decides.</source>
        <translation>与 --check 配合：检查每个桌面池；以最差的桌面池为准。</translation>
    </message>
    <message>
        <source>Write the recorded history to a .csv file and exit (no request is made).</source>
        <translation>将已记录的历史写入 .csv 文件后退出（不发送请求）。</translation>
    </message>
    <message>
        <source>With --history: from when (30m, 24h, 7d, 2w or a date; default 24h).</source>
        <translation>与 --history 配合：起始时间（30m、24h、7d、2w 或日期；默认 24h）。</translation>
    </message>
    <message>
        <source>Do not record this run&apos;s statistics in the history.</source>
        <translation>不在历史中记录本次运行的统计数据。</translation>
    </message>
    <message>
        <source>Where the history is: a SQLite file path, or postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass). Default: the History/url setting, else history.db in the data folder.</source>
        <translation>历史的存放位置：SQLite 文件路径，或 postgresql://user@host:port/database（密码取自 PGPASSWORD 或 ~/.pgpass）。默认：设置项 History/url，未设置时为数据文件夹中的 history.db。</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryCompactor</name>
    <message>
        <source>Deleting old points</source>
        <translation>正在删除旧数据点</translation>
    </message>
    <message>
        <source>Saving the compaction state</source>
        <translation>正在保存压缩状态</translation>
    </message>
    <message>
        <source>Deleting old alert events</source>
        <translation>正在删除旧告警事件</translation>
    </message>
    <message>
        <source>Reading the compaction state</source>
        <translation>正在读取压缩状态</translation>
    </message>
    <message>
        <source>Aggregating points</source>
        <translation>正在聚合数据点</translation>
    </message>
    <message>
        <source>Marking points to compact</source>
        <translation>正在标记待压缩的数据点</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryConnection</name>
    <message>
        <source>Cannot create the folder %1 for the history database.</source>
        <translation>无法为历史数据库创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install the Qt 6 SQLite plug-in (libqt6sql6-sqlite).</source>
        <translation>Qt SQLite 驱动（QSQLITE）不可用；请安装 Qt 6 SQLite 插件（libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the history database</source>
        <translation>无法打开历史数据库</translation>
    </message>
    <message>
        <source>Cannot check the history database</source>
        <translation>无法检查历史数据库</translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation>历史数据库已损坏（%1）。</translation>
    </message>
    <message>
        <source>The history database is busy: another wsdash holds it (%1).</source>
        <translation>历史数据库正忙：另一个 wsdash 正在使用（%1）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The history database %1 is damaged and cannot be renamed aside; history is not recorded until it is moved away.</source>
        <translation>历史数据库 %1 已损坏且无法重命名移开；在将其移走之前不会记录历史。</translation>
    </message>
    <message>
        <source>The history database %1 does not exist.</source>
        <translation>历史数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not available; install the Qt 6 PostgreSQL plug-in (libqt6sql6-psql).</source>
        <translation>Qt PostgreSQL 驱动（QPSQL）不可用；请安装 Qt 6 PostgreSQL 插件（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>Cannot connect to the history database %1: %2</source>
        <translation>无法连接历史数据库 %1：%2</translation>
    </message>
    <message>
        <source>The history database is busy: another writer conflicted (%1).</source>
        <translation>历史数据库正忙：与另一个写入者冲突（%1）。</translation>
    </message>
    <message>
        <source>The connection to the history database was lost (%1).</source>
        <translation>与历史数据库的连接已断开（%1）。</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryDatabase</name>
    <message>
        <source>The history retention is not valid: raw points must be kept at least briefly and no longer than 5-minute points, and those no longer than hourly points.</source>
        <translation>历史保留设置无效：原始数据点至少须保留一小段时间，且保留时间不得长于 5 分钟数据点，5 分钟数据点不得长于每小时数据点。</translation>
    </message>
    <message>
        <source>%1 The file was renamed to %2 and a new history was started.</source>
        <translation>%1 该文件已重命名为 %2，并已开始新的历史记录。</translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation>历史不可用：%1</translation>
    </message>
    <message>
        <source>%1 Another wsdash is setting it aside; history is not recorded this time.</source>
        <translation>%1 另一个 wsdash 正在将其移到一旁；本次不记录历史。</translation>
    </message>
    <message>
        <source>The history database %1 cannot be written (read-only); nothing was recorded.</source>
        <translation>历史数据库 %1 无法写入（只读）；未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryLocation</name>
    <message>
        <source>The history location is empty: give a file path or a postgresql:// URL.</source>
        <translation>历史位置为空：请提供文件路径或 postgresql:// URL。</translation>
    </message>
    <message>
        <source>%1: not a valid file URL.</source>
        <translation>%1：不是有效的文件 URL。</translation>
    </message>
    <message>
        <source>%1: unknown kind of history location &quot;%2://&quot;; use a file path (SQLite) or postgresql://user@host:port/database.</source>
        <translation>%1：未知的历史位置类型“%2://”；请使用文件路径（SQLite）或 postgresql://user@host:port/database。</translation>
    </message>
    <message>
        <source>%1: not a valid URL (%2).</source>
        <translation>%1：不是有效的 URL（%2）。</translation>
    </message>
    <message>
        <source>The history URL must not contain a password: put it in PGPASSWORD or ~/.pgpass (see docs/HISTORY.md).</source>
        <translation>历史 URL 中不得包含密码：请将密码放在 PGPASSWORD 或 ~/.pgpass 中（参见 docs/HISTORY.md）。</translation>
    </message>
    <message>
        <source>%1: a history URL has no #fragment.</source>
        <translation>%1：历史 URL 不能带 #片段。</translation>
    </message>
    <message>
        <source>%1: the port must be between 1 and 65535.</source>
        <translation>%1：端口必须在 1 到 65535 之间。</translation>
    </message>
    <message>
        <source>%1: name one database after the host, as in postgresql://user@host/wsdash.</source>
        <translation>%1：请在主机之后指定一个数据库，例如 postgresql://user@host/wsdash。</translation>
    </message>
    <message>
        <source>%1: give the host either before the path or as ?host=, not both.</source>
        <translation>%1：主机请写在路径之前或用 ?host= 指定，不能同时使用两种方式。</translation>
    </message>
    <message>
        <source>%1: ?host= must be the absolute path of a Unix socket folder.</source>
        <translation>%1：?host= 必须是 Unix 套接字文件夹的绝对路径。</translation>
    </message>
    <message>
        <source>%1: ?port= must be one port between 1 and 65535.</source>
        <translation>%1：?port= 必须是 1 到 65535 之间的一个端口。</translation>
    </message>
    <message>
        <source>%1: give the user either before the host or as ?user=, not both.</source>
        <translation>%1：用户请写在主机之前或用 ?user= 指定，不能同时使用两种方式。</translation>
    </message>
    <message>
        <source>%1: sslmode must be one of %2.</source>
        <translation>%1：sslmode 必须是 %2 之一。</translation>
    </message>
    <message>
        <source>%1: connect_timeout must be a number of seconds from 1 to 3600.</source>
        <translation>%1：connect_timeout 必须是 1 到 3600 之间的秒数。</translation>
    </message>
    <message>
        <source>%1: unknown parameter &quot;%2&quot;; wsdash knows host, port, user, sslmode, connect_timeout and application_name.</source>
        <translation>%1：未知参数“%2”；wsdash 支持 host、port、user、sslmode、connect_timeout 和 application_name。</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryReader</name>
    <message>
        <source>Finding a series</source>
        <translation>正在查找序列</translation>
    </message>
    <message>
        <source>Reading points</source>
        <translation>正在读取数据点</translation>
    </message>
    <message>
        <source>Counting points</source>
        <translation>正在统计数据点</translation>
    </message>
    <message>
        <source>Listing series</source>
        <translation>正在列出序列</translation>
    </message>
    <message>
        <source>Listing pools</source>
        <translation>正在列出桌面池</translation>
    </message>
    <message>
        <source>Reading the alert log</source>
        <translation>正在读取告警日志</translation>
    </message>
</context>
<context>
    <name>wsdash::HistorySchema</name>
    <message>
        <source>Reading the schema version</source>
        <translation>正在读取架构版本</translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer wsdash (schema %2, this one knows %3); it is left untouched and no history is recorded.</source>
        <translation>历史数据库 %1 由较新版本的 wsdash 写入（架构 %2，当前版本支持 %3）；该文件保持不变，不记录历史。</translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation>正在记录架构版本</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryStatus</name>
    <message>
        <source>History: opening…</source>
        <translation>历史：正在打开…</translation>
    </message>
    <message>
        <source>History: PostgreSQL</source>
        <translation>历史：PostgreSQL</translation>
    </message>
    <message>
        <source>History: local file</source>
        <translation>历史：本地文件</translation>
    </message>
    <message>
        <source>History not available: %1</source>
        <translation>历史不可用：%1</translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryWriter</name>
    <message>
        <source>Reading pools</source>
        <translation>正在读取桌面池</translation>
    </message>
    <message>
        <source>Adding a series</source>
        <translation>正在添加序列</translation>
    </message>
    <message>
        <source>Finding a series</source>
        <translation>正在查找序列</translation>
    </message>
    <message>
        <source>Renaming a pool</source>
        <translation>正在重命名桌面池</translation>
    </message>
    <message>
        <source>Adding a pool</source>
        <translation>正在添加桌面池</translation>
    </message>
    <message>
        <source>Finding a pool</source>
        <translation>正在查找桌面池</translation>
    </message>
    <message>
        <source>Recording a snapshot</source>
        <translation>正在记录快照</translation>
    </message>
    <message>
        <source>Marking points to compact</source>
        <translation>正在标记待压缩的数据点</translation>
    </message>
    <message>
        <source>Logging an alert</source>
        <translation>正在记录告警</translation>
    </message>
</context>
<context>
    <name>wsdash::IamTokenClient</name>
    <message>
        <source>IAM did not answer within %1 s.</source>
        <translation>IAM 未在 %1 秒内应答。</translation>
    </message>
    <message>
        <source>The IAM endpoint must be an https:// URL.</source>
        <translation>IAM 终端节点必须是 https:// URL。</translation>
    </message>
    <message>
        <source>IAM&apos;s answer is larger than 8 MiB; it was not read.</source>
        <translation>IAM 的应答大于 8 MiB，未读取。</translation>
    </message>
    <message>
        <source>TLS connection to IAM failed: %1</source>
        <translation>与 IAM 的 TLS 连接失败：%1</translation>
    </message>
    <message>
        <source>IAM host %1 not found (DNS lookup failed).</source>
        <translation>未找到 IAM 主机 %1（DNS 解析失败）。</translation>
    </message>
    <message>
        <source>Could not reach IAM: %1</source>
        <translation>无法访问 IAM：%1</translation>
    </message>
    <message>
        <source>IAM redirected the sign-in; it was not followed.</source>
        <translation>IAM 重定向了登录请求；未跟随重定向。</translation>
    </message>
    <message>
        <source>IAM did not accept the user name, password or account name (%1).</source>
        <translation>IAM 不接受该用户名、密码或账号名（%1）。</translation>
    </message>
    <message>
        <source>IAM answered without an X-Subject-Token header.</source>
        <translation>IAM 的应答中没有 X-Subject-Token 头。</translation>
    </message>
    <message>
        <source>IAM&apos;s token.expires_at &quot;%1&quot; is not a date.</source>
        <translation>IAM 返回的 token.expires_at“%1”不是日期。</translation>
    </message>
</context>
<context>
    <name>wsdash::IniReader</name>
    <message>
        <source>the line contains a NUL byte; is this a text file?</source>
        <translation>该行包含 NUL 字节；这是文本文件吗？</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text</source>
        <translation>该行不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <source>a section header must end with &apos;]&apos;</source>
        <translation>节标题必须以“]”结尾</translation>
    </message>
    <message>
        <source>malformed section header %1</source>
        <translation>节标题 %1 格式错误</translation>
    </message>
    <message>
        <source>section [%1] appears twice (first on line %2)</source>
        <translation>节 [%1] 出现了两次（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;, a [section] or a comment</source>
        <translation>应为“key = value”、[节] 或注释</translation>
    </message>
    <message>
        <source>the key before &apos;%1&apos; is empty</source>
        <translation>“%1”之前的键为空</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (letters, digits, _ . - only)</source>
        <translation>“%1”不是有效的键（只能包含字母、数字、_ . -）</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; comes before any [section]</source>
        <translation>键“%1”出现在任何 [节] 之前</translation>
    </message>
    <message>
        <source>%1 is set twice in [%2] (first on line %3)</source>
        <translation>%1 在 [%2] 中设置了两次（首次出现在第 %3 行）</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; not a credentials file</source>
        <translation>文件大于 1 MiB；不是凭证文件</translation>
    </message>
</context>
<context>
    <name>wsdash::KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation>macOS 钥匙串</translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation>Windows 凭据管理器</translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation>系统密钥环（Secret Service）</translation>
    </message>
</context>
<context>
    <name>wsdash::KpiPanel</name>
    <message numerus="yes">
        <source>%n selected pool(s)</source>
        <translation>
            <numerusform>已选 %n 个桌面池</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::KpiTile</name>
    <message>
        <source>Not reported by the server</source>
        <translation>服务器未返回</translation>
    </message>
    <message>
        <source>%1 of %2 desktops</source>
        <translation>%2 台桌面中的 %1 台</translation>
    </message>
    <message>
        <source>%1 since the previous refresh</source>
        <translation>较上次刷新 %1</translation>
    </message>
    <message>
        <source>No earlier refresh to compare with</source>
        <translation>没有可比较的上次刷新</translation>
    </message>
    <message>
        <source>Change since the previous refresh</source>
        <translation>较上次刷新的变化</translation>
    </message>
    <message>
        <source>No earlier refresh with the same filters</source>
        <translation>没有相同筛选条件的上次刷新</translation>
    </message>
    <message>
        <source>%1 vs 24 h ago</source>
        <translation>较 24 小时前 %1</translation>
    </message>
    <message>
        <source>Change against the recorded value 24 hours ago</source>
        <translation>与 24 小时前记录值相比的变化</translation>
    </message>
    <message>
        <source>⚠ critical</source>
        <translation>⚠ 严重</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ 警告</translation>
    </message>
    <message>
        <source>An alert rule on this count is at level %1</source>
        <translation>此计数的告警规则处于 %1 级别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Desktops in this state</source>
        <translation>处于此状态的桌面</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Share of all desktops the filters cover</source>
        <translation>在筛选范围内全部桌面中所占的比例</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>vs 24 h</source>
        <translation>较 24 小时</translation>
    </message>
    <message>
        <source>Click, or press Enter, to list these desktops.</source>
        <translation>单击或按 Enter 可列出这些桌面。</translation>
    </message>
    <message>
        <source>The server sent an invalid value at %1: it is not counted anywhere.</source>
        <translation>服务器在 %1 处返回了无效值：该值不计入任何统计。</translation>
    </message>
</context>
<context>
    <name>wsdash::MainWindow</name>
    <message>
        <source>wsdash — Workspace desktops — project %1</source>
        <translation>wsdash — 云桌面 — 项目 %1</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Fetch the statistics now (F5)</source>
        <translation>立即获取统计数据（F5）</translation>
    </message>
    <message>
        <source>Auto-refresh interval</source>
        <translation>自动刷新间隔</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>every 30 s</source>
        <translation>每 30 秒</translation>
    </message>
    <message>
        <source>every 1 min</source>
        <translation>每 1 分钟</translation>
    </message>
    <message>
        <source>every 5 min</source>
        <translation>每 5 分钟</translation>
    </message>
    <message>
        <source>%1 · project %2</source>
        <translation>%1 · 项目 %2</translation>
    </message>
    <message>
        <source>wsdash — Workspace desktops</source>
        <translation>wsdash — 云桌面</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh:</source>
        <translation>自动刷新(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>What every count means, and the keys (F1)</source>
        <translation>各项计数的含义和快捷键（F1）</translation>
    </message>
    <message>
        <source>&amp;About wsdash</source>
        <translation>关于 wsdash(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and Qt version</source>
        <translation>版本、许可证和 Qt 版本</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Auto-refresh</source>
        <translation>自动刷新(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>wsdash::MetricStyle</name>
    <message>
        <source>Total desktops</source>
        <translation>桌面总数</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Being assigned</source>
        <translation>分配中</translation>
    </message>
    <message>
        <source>Assignment failed</source>
        <translation>分配失败</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>Hibernated</source>
        <translation>休眠</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unregistered</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Unable to connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Idle (ready)</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>断开连接</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>分配情况</translation>
    </message>
    <message>
        <source>Running status</source>
        <translation>运行情况</translation>
    </message>
    <message>
        <source>Login status</source>
        <translation>登录情况</translation>
    </message>
    <message>
        <source>Common (dedicated) desktops</source>
        <translation>普通桌面</translation>
    </message>
    <message>
        <source>Pooled desktops</source>
        <translation>桌面池</translation>
    </message>
    <message>
        <source>Common + Pooled desktops</source>
        <translation>普通桌面 + 桌面池</translation>
    </message>
    <message>
        <source>Common desktops</source>
        <translation>普通桌面</translation>
    </message>
    <message>
        <source>All desktops</source>
        <translation>全部桌面</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>未返回</translation>
    </message>
    <message>
        <source>Every desktop the filters cover, in any state.</source>
        <translation>筛选范围内的全部桌面，不论状态。</translation>
    </message>
    <message>
        <source>Desktops assigned to a user.</source>
        <translation>已分配给用户的桌面。</translation>
    </message>
    <message>
        <source>Desktops assigned to nobody, free to hand out.</source>
        <translation>未分配给任何用户、可供分配的桌面。</translation>
    </message>
    <message>
        <source>Desktops being assigned to a user right now.</source>
        <translation>正在分配给用户的桌面。</translation>
    </message>
    <message>
        <source>Desktops whose assignment to a user failed; assign them again or look at the pool.</source>
        <translation>分配给用户失败的桌面；请重新分配或检查桌面池。</translation>
    </message>
    <message>
        <source>Desktops that are shut down (SHUTOFF).</source>
        <translation>已关机的桌面（SHUTOFF）。</translation>
    </message>
    <message>
        <source>Desktops that are powered on (ACTIVE).</source>
        <translation>已开机运行的桌面（ACTIVE）。</translation>
    </message>
    <message>
        <source>Desktops in an error state (ERROR): they need an administrator.</source>
        <translation>处于错误状态的桌面（ERROR）：需要管理员处理。</translation>
    </message>
    <message>
        <source>Desktops that are hibernated (HIBERNATED).</source>
        <translation>已休眠的桌面（HIBERNATED）。</translation>
    </message>
    <message>
        <source>Desktops with a user connected now (CONNECTED).</source>
        <translation>当前有用户连接的桌面（CONNECTED）。</translation>
    </message>
    <message>
        <source>Desktops whose agent has not registered with Workspace (UNREGISTER): still starting, or the agent is not running. Users cannot connect yet.</source>
        <translation>代理尚未向云桌面服务注册的桌面（UNREGISTER）：仍在启动，或代理未运行。用户暂时无法连接。</translation>
    </message>
    <message>
        <source>Desktops users cannot connect to: the agent is offline or the desktop is isolated.</source>
        <translation>用户无法连接的桌面：代理离线或桌面已被隔离。</translation>
    </message>
    <message>
        <source>Desktops registered and ready, with no user connected (REGISTERED).</source>
        <translation>已注册且就绪、当前无用户连接的桌面（REGISTERED）。</translation>
    </message>
    <message>
        <source>Desktops whose user disconnected without logging off (DISCONNECTED).</source>
        <translation>用户已断开连接但未注销的桌面（DISCONNECTED）。</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
</context>
<context>
    <name>wsdash::NagiosRange</name>
    <message>
        <source>&quot;%1&quot; is not a threshold range: use N (alert above N), N: (alert below N), ~:N, M:N (alert outside) or @M:N (alert inside).</source>
        <translation>“%1”不是阈值范围：请使用 N（高于 N 时告警）、N:（低于 N 时告警）、~:N、M:N（超出范围时告警）或 @M:N（在范围内时告警）。</translation>
    </message>
    <message>
        <source>The threshold range &quot;%1&quot; starts above its end.</source>
        <translation>阈值范围“%1”的起点大于终点。</translation>
    </message>
</context>
<context>
    <name>wsdash::OutputCliSwitches</name>
    <message>
        <source>Fetch once, write the data (.json or .csv) or the PDF report (.pdf) and exit.</source>
        <translation>获取一次，写入数据（.json 或 .csv）或 PDF 报告（.pdf）后退出。</translation>
    </message>
    <message>
        <source>Render the dashboard headless once the data (or the error) is shown, save it, exit.</source>
        <translation>在无界面模式下渲染仪表板，待数据（或错误）显示后保存截图并退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>--screenshot 的窗口尺寸（默认 1280x800）。</translation>
    </message>
    <message>
        <source>Pixel density of --screenshot: 1 (default) or 2 (twice the pixels, for HiDPI screens and slides).</source>
        <translation>--screenshot 的像素密度：1（默认）或 2（两倍像素，适合高分屏和幻灯片）。</translation>
    </message>
    <message>
        <source>Show and write this data time (ISO 8601, e.g. 2026-11-26T09:00:00Z) instead of the time of the fetch, so that the same data gives the same picture or file.</source>
        <translation>显示并写入此数据时间（ISO 8601，例如 2026-11-26T09:00:00Z）而非获取时间，使相同数据得到相同的图片或文件。</translation>
    </message>
    <message>
        <source>light or dark (default: the system&apos;s).</source>
        <translation>light 或 dark（默认：跟随系统）。</translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
</context>
<context>
    <name>wsdash::OverviewModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>OK at %1</source>
        <translation>正常（%1）</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Region / endpoint</source>
        <translation>区域 / 终端节点</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面数</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <source>Unable to connect</source>
        <translation>无法连接</translation>
    </message>
    <message>
        <source>Attach errors</source>
        <translation>分配失败</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>wsdash::OverviewRow</name>
    <message>
        <source>Not sent: these credentials were refused on %1 (%2). Change them with “Manage profiles…”; sending them again could lock the key.</source>
        <translation>未发送：这些凭据已于 %1 被拒绝（%2）。请通过“管理配置文件…”更改；再次发送可能导致密钥被锁定。</translation>
    </message>
</context>
<context>
    <name>wsdash::PoolBarChart</name>
    <message>
        <source>Desktops per pool</source>
        <translation>各桌面池的桌面</translation>
    </message>
</context>
<context>
    <name>wsdash::PoolPickerModel</name>
    <message>
        <source>%1 (not in the pool list)</source>
        <translation>%1（不在桌面池列表中）</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Desktops: %1</source>
        <translation>桌面数：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
</context>
<context>
    <name>wsdash::PoolTableModel</name>
    <message numerus="yes">
        <source>All %Ln pool(s)</source>
        <translation>
            <numerusform>全部 %Ln 个桌面池</numerusform>
        </translation>
    </message>
    <message>
        <source>Sum over all pools of the result</source>
        <translation>结果中全部桌面池的合计</translation>
    </message>
    <message>
        <source>Not reported by the server</source>
        <translation>服务器未返回</translation>
    </message>
    <message>
        <source>%1: %2 of %3 desktops (%4)</source>
        <translation>%1：%3 台桌面中的 %2 台（%4）</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>桌面池</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>桌面池 ID</translation>
    </message>
    <message>
        <source>Desktops</source>
        <translation>桌面数</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>Critical alert on this count</source>
        <translation>此计数触发了严重告警</translation>
    </message>
    <message>
        <source>Warning on this count</source>
        <translation>此计数触发了警告</translation>
    </message>
    <message>
        <source>Critical alert: %1</source>
        <translation>严重告警：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Click a cell to list its desktops.</source>
        <translation>单击单元格可列出其中的桌面。</translation>
    </message>
    <message numerus="yes">
        <source>Not summed: %n pool(s) sent an invalid value of this count.</source>
        <translation>
            <numerusform>未求和：有 %n 个桌面池返回了此计数的无效值。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server sent an invalid value at %1: it is not counted anywhere.</source>
        <translation>服务器在 %1 处返回了无效值：该值不计入任何统计。</translation>
    </message>
    <message>
        <source>Click to list all desktops of this pool.</source>
        <translation>单击列出此桌面池的所有桌面。</translation>
    </message>
</context>
<context>
    <name>wsdash::PoolTablePanel</name>
    <message>
        <source>Desktop pools</source>
        <translation>桌面池</translation>
    </message>
    <message>
        <source>Filter by pool name or ID (Ctrl+F)</source>
        <translation>按桌面池名称或 ID 筛选（Ctrl+F）</translation>
    </message>
    <message>
        <source>Filter the pool table</source>
        <translation>筛选桌面池表格</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>复制为 TSV</translation>
    </message>
    <message>
        <source>Per-pool statistics</source>
        <translation>各桌面池统计</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Find pool</source>
        <translation>查找桌面池</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>桌面池</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pool(s)</source>
        <translation>
            <numerusform>%Ln 个桌面池</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pools</source>
        <translation>%2 个桌面池中的 %1 个</translation>
    </message>
    <message>
        <source>No pool matches “%1”.</source>
        <translation>没有桌面池匹配“%1”。</translation>
    </message>
    <message>
        <source>Copy the selected rows, or every row shown, as tab-separated values (Ctrl+C)</source>
        <translation>将选中的行（未选中时为显示的全部行）复制为制表符分隔值（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy rows as tab-separated values</source>
        <translation>将行复制为制表符分隔值</translation>
    </message>
</context>
<context>
    <name>wsdash::Profile</name>
    <message>
        <source>The profile names neither a region nor an endpoint.</source>
        <translation>该配置文件既未指定区域，也未指定终端节点。</translation>
    </message>
    <message>
        <source>Give either a region or a custom endpoint, not both.</source>
        <translation>请指定区域或自定义终端节点，不能同时指定两者。</translation>
    </message>
    <message>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation>请选择区域或输入自定义终端节点。</translation>
    </message>
    <message>
        <source>Enter the project ID.</source>
        <translation>请输入项目 ID。</translation>
    </message>
    <message>
        <source>The project ID may contain only letters, digits, - and _ (at most 64).</source>
        <translation>项目 ID 只能包含字母、数字、- 和 _（最多 64 个字符）。</translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <source>Enter the account name (the IAM domain).</source>
        <translation>请输入账号名（IAM 账号）。</translation>
    </message>
    <message>
        <source>IAM endpoint: %1</source>
        <translation>IAM 终端节点：%1</translation>
    </message>
    <message>
        <source>permanent AK/SK</source>
        <translation>永久 AK/SK</translation>
    </message>
    <message>
        <source>temporary AK/SK</source>
        <translation>临时 AK/SK</translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <source>IAM sign-in</source>
        <translation>IAM 登录</translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation>请输入配置文件名称。</translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation>配置文件名称最多 64 个字符。</translation>
    </message>
    <message>
        <source>A profile name must not start or end with a space.</source>
        <translation>配置文件名称不得以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A profile name must not contain control characters.</source>
        <translation>配置文件名称不得包含控制字符。</translation>
    </message>
</context>
<context>
    <name>wsdash::ProfileEditor</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>自定义终端节点…</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint URL:</source>
        <translation>终端节点 URL(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>项目 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>from “My Credentials” in the console</source>
        <translation>来自控制台的“我的凭证”</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>认证方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Access &amp;key ID:</source>
        <translation>访问密钥 ID(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Secret key:</source>
        <translation>私有访问密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>Security &amp;token:</source>
        <translation>安全令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>IAM &amp;token:</source>
        <translation>IAM 令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>IAM &amp;user name:</source>
        <translation>IAM 用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>A&amp;ccount name:</source>
        <translation>账号名(&amp;C)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>used once to get a token, never kept</source>
        <translation>仅用于获取一次令牌，不会保存</translation>
    </message>
    <message>
        <source>Token expires:</source>
        <translation>令牌到期时间：</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>stored in keychain — leave empty to keep</source>
        <translation>已保存在密钥环中 — 留空则保持不变</translation>
    </message>
    <message>
        <source>imported — leave empty to use</source>
        <translation>已导入 — 留空则使用导入值</translation>
    </message>
</context>
<context>
    <name>wsdash::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation>无法写入设置文件 %1。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置文件。</translation>
    </message>
    <message>
        <source>Could not store the keys of profile &quot;%1&quot; in %2: %3</source>
        <translation>无法将配置文件“%1”的密钥保存到%2：%3</translation>
    </message>
    <message>
        <source>Could not read the keys of profile &quot;%1&quot; from %2: %3</source>
        <translation>无法从%2读取配置文件“%1”的密钥：%3</translation>
    </message>
    <message>
        <source>Could not delete the keys of profile &quot;%1&quot; from %2: %3</source>
        <translation>无法从%2删除配置文件“%1”的密钥：%3</translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; have not been entered in this session (no keychain is available, so they are not kept between sessions). Edit the profile and enter them.</source>
        <translation>本次会话中尚未输入配置文件“%1”的密钥（没有可用的密钥环，因此密钥不会跨会话保存）。请编辑配置文件并输入密钥。</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no IAM token yet: sign in to IAM with its user name and password.</source>
        <translation>配置文件“%1”还没有 IAM 令牌：请使用其用户名和密码登录 IAM。</translation>
    </message>
    <message>
        <source>No complete keys are stored for profile &quot;%1&quot; in %2. Edit the profile and enter them.</source>
        <translation>%2中没有保存配置文件“%1”的完整密钥。请编辑配置文件并输入密钥。</translation>
    </message>
    <message>
        <source>Enter the keys that %1 needs.</source>
        <translation>请输入%1所需的密钥。</translation>
    </message>
    <message>
        <source>the stored entry is not in the form wsdash writes</source>
        <translation>保存的条目不是 wsdash 写入的格式</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>配置文件“%1”：%2</translation>
    </message>
    <message>
        <source>The IAM token of profile &quot;%1&quot; expired at %2 UTC; get a new one.</source>
        <translation>配置文件“%1”的 IAM 令牌已于 %2 UTC 过期；请获取新令牌。</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2); it is left as it is. Fix or remove it.</source>
        <translation>无法读取设置文件 %1（%2）；已保持原样。请修复或删除该文件。</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>not INI text</source>
        <translation>不是 INI 文本</translation>
    </message>
    <message>
        <source>The settings file %1 could not be written: %2.</source>
        <translation>无法写入设置文件 %1：%2。</translation>
    </message>
</context>
<context>
    <name>wsdash::ProfileSwitcher</name>
    <message>
        <source>Connection profile</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>The saved connection profile the dashboard shows</source>
        <translation>仪表板当前显示的已保存连接配置文件</translation>
    </message>
    <message>
        <source>Command-line connection</source>
        <translation>命令行连接</translation>
    </message>
    <message>
        <source>Manage profiles…</source>
        <translation>管理配置文件…</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>未连接</translation>
    </message>
</context>
<context>
    <name>wsdash::ProfilesDialog</name>
    <message>
        <source>Connection profiles</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>&lt;b&gt;No system keychain: secrets kept for this session only.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;没有系统密钥环：密钥仅在本次会话中保存。&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>复制(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>From the environment (HUAWEICLOUD_SDK_*)</source>
        <translation>从环境变量导入（HUAWEICLOUD_SDK_*）</translation>
    </message>
    <message>
        <source>From the SDK credentials file (~/.huaweicloud/credentials)</source>
        <translation>从 SDK 凭证文件导入（~/.huaweicloud/credentials）</translation>
    </message>
    <message>
        <source>From KooCLI (~/.hcloud/config.json)</source>
        <translation>从 KooCLI 导入（~/.hcloud/config.json）</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新建配置文件</translation>
    </message>
    <message>
        <source>A new profile: fill in the fields and save it.</source>
        <translation>新配置文件：请填写各字段并保存。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The IAM endpoint is not usable: %1</source>
        <translation>IAM 终端节点不可用：%1</translation>
    </message>
    <message>
        <source>Signing in to IAM…</source>
        <translation>正在登录 IAM…</translation>
    </message>
    <message>
        <source>IAM refused the sign-in: %1</source>
        <translation>IAM 拒绝了登录：%1</translation>
    </message>
    <message>
        <source>Enter the IAM password to get a token for this profile.</source>
        <translation>请输入 IAM 密码，为此配置文件获取令牌。</translation>
    </message>
    <message>
        <source>Enter the keys of this profile: a new profile needs them.</source>
        <translation>请输入此配置文件的密钥：新配置文件需要密钥。</translation>
    </message>
    <message>
        <source>Saved “%1”; its keys are in %2.</source>
        <translation>已保存“%1”；其密钥保存在%2中。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicated as “%1”.</source>
        <translation>已复制为“%1”。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile “%1” and its keys from %2?</source>
        <translation>要从%2中删除配置文件“%1”及其密钥吗？</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>No profile found in %1.</source>
        <translation>在 %1 中未找到配置文件。</translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s) found in %1; showing “%2”.</source>
        <translation>
            <numerusform>在 %1 中找到 %n 个配置文件；当前显示“%2”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Imported from %1: check the fields and save.</source>
        <translation>已从 %1 导入：请检查各字段并保存。</translation>
    </message>
    <message>
        <source>Imported from %1; still needed: %2</source>
        <translation>已从 %1 导入；仍需填写：%2</translation>
    </message>
    <message>
        <source>Enter the keys first: this profile has none stored.</source>
        <translation>请先输入密钥：此配置文件没有已保存的密钥。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
</context>
<context>
    <name>wsdash::ProjectsOverview</name>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Double-click a project to open it in the dashboard</source>
        <translation>双击项目可在仪表板中打开</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open in dashboard</source>
        <translation>在仪表板中打开(&amp;O)</translation>
    </message>
    <message>
        <source>No saved profiles yet: add one under “Manage profiles…”.</source>
        <translation>尚无已保存的配置文件：请在“管理配置文件…”中添加。</translation>
    </message>
    <message>
        <source>Projects: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <source>desktops in those that answered: %1</source>
        <translation>已应答项目中的桌面：%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>answered so far: %1 of %2</source>
        <translation>已应答：%1 / %2</translation>
    </message>
</context>
<context>
    <name>wsdash::ReportWriter</name>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>%1 (region %2)</source>
        <translation>%1（区域 %2）</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>终端节点</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>%1 (stale: the latest refresh failed)</source>
        <translation>%1（已过期：最近一次刷新失败）</translation>
    </message>
    <message>
        <source>Data as of</source>
        <translation>数据时间</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <source>Latest refresh</source>
        <translation>最近一次刷新</translation>
    </message>
    <message>
        <source>there is no data to report yet</source>
        <translation>尚无可报告的数据</translation>
    </message>
    <message>
        <source>cannot draw on the output device</source>
        <translation>无法在输出设备上绘制</translation>
    </message>
    <message>
        <source>Workspace desktop statistics</source>
        <translation>云桌面统计</translation>
    </message>
    <message>
        <source>wsdash %1</source>
        <translation>wsdash %1</translation>
    </message>
    <message>
        <source>Project %1 · data as of %2</source>
        <translation>项目 %1 · 数据时间 %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Desktop pools</source>
        <translation>桌面池</translation>
    </message>
    <message>
        <source>No desktop pools in scope.</source>
        <translation>范围内没有桌面池。</translation>
    </message>
    <message>
        <source>cannot start page %1</source>
        <translation>无法开始第 %1 页</translation>
    </message>
    <message>
        <source>Desktop pools: %1 (totals first)</source>
        <translation>桌面池：%1 个（首行为合计）</translation>
    </message>
    <message>
        <source>Desktop pools (continued)</source>
        <translation>桌面池（续）</translation>
    </message>
    <message>
        <source>Workspace desktop statistics — project %1</source>
        <translation>云桌面统计 — 项目 %1</translation>
    </message>
</context>
<context>
    <name>wsdash::RequestCliSwitches</name>
    <message>
        <source>Total time a request may take, retries included (default 30).</source>
        <translation>单个请求允许的总时间，含重试（默认 30）。</translation>
    </message>
    <message>
        <source>DEDICATED or POOLED; repeatable, commas allowed.</source>
        <translation>DEDICATED 或 POOLED；可重复，允许用逗号分隔。</translation>
    </message>
    <message>
        <source>attach-state, login-state or run-state; repeatable, commas allowed.</source>
        <translation>attach-state、login-state 或 run-state；可重复，允许用逗号分隔。</translation>
    </message>
    <message>
        <source>Desktop pool ID; repeatable, commas allowed.</source>
        <translation>桌面池 ID；可重复，允许用逗号分隔。</translation>
    </message>
</context>
<context>
    <name>wsdash::ScreenshotJob</name>
    <message>
        <source>the pool list did not arrive in time</source>
        <translation>桌面池列表未能及时返回</translation>
    </message>
    <message>
        <source>no answer arrived in time</source>
        <translation>未能及时收到响应</translation>
    </message>
</context>
<context>
    <name>wsdash::SecretStore</name>
    <message>
        <source>keychain error %1</source>
        <translation>密钥环错误 %1</translation>
    </message>
    <message>
        <source>%1 (keychain error %2)</source>
        <translation>%1（密钥环错误 %2）</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it waiting to be unlocked?)</source>
        <translation>密钥环未在 %1 秒内应答（是否正在等待解锁？）</translation>
    </message>
    <message>
        <source>not used because WSDASH_NO_KEYCHAIN is set</source>
        <translation>未使用，因为设置了 WSDASH_NO_KEYCHAIN</translation>
    </message>
</context>
<context>
    <name>wsdash::SessionSecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation>内存（仅限本次会话）</translation>
    </message>
    <message>
        <source>No system keychain is available, so keys and tokens are kept in memory for this session only and must be entered again after wsdash quits. They are never written to disk.</source>
        <translation>没有可用的系统密钥环，因此密钥和令牌仅在本次会话中保存在内存中，wsdash 退出后需要重新输入。它们绝不会写入磁盘。</translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation>（密钥环：%1）</translation>
    </message>
    <message>
        <source>No secret is stored for this profile in this session.</source>
        <translation>本次会话中未为此配置文件保存密钥。</translation>
    </message>
</context>
<context>
    <name>wsdash::SinceOption</name>
    <message>
        <source>--since %1: use a duration such as 30m, 24h, 7d or 2w, or a date such as 2024-05-01 or 2024-05-01T08:00 (local time unless it ends in Z or an offset).</source>
        <translation>--since %1：请使用时长（例如 30m、24h、7d 或 2w）或日期（例如 2024-05-01 或 2024-05-01T08:00；除非以 Z 或时区偏移结尾，否则为本地时间）。</translation>
    </message>
</context>
<context>
    <name>wsdash::Sparkline</name>
    <message>
        <source>Recent values: %1 to %2</source>
        <translation>最近的值：%1 至 %2</translation>
    </message>
</context>
<context>
    <name>wsdash::StatisticsParser</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation>应为整数，实际为 %1</translation>
    </message>
    <message>
        <source>count %1 is out of range (0 to %2)</source>
        <translation>数量 %1 超出范围（0 到 %2）</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation>应答正文为空。</translation>
    </message>
    <message>
        <source>The response is HTML or XML, not JSON.</source>
        <translation>应答是 HTML 或 XML，不是 JSON。</translation>
    </message>
    <message>
        <source>The response JSON is truncated (%1 at byte %2 of %3).</source>
        <translation>应答 JSON 被截断（%1，位于第 %2 字节，共 %3 字节）。</translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation>应答不是有效的 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>Expected a JSON object at the top level, found %1.</source>
        <translation>顶层应为 JSON 对象，实际为 %1。</translation>
    </message>
    <message>
        <source>The response holds no usable statistics (%1).</source>
        <translation>响应中没有可用的统计数据（%1）。</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>标量</translation>
    </message>
</context>
<context>
    <name>wsdash::StatisticsQuery</name>
    <message>
        <source>Unknown desktop type &quot;%1&quot;; allowed: %2.</source>
        <translation>未知的桌面类型“%1”；允许：%2。</translation>
    </message>
    <message>
        <source>Unknown statistics type &quot;%1&quot;; allowed: %2.</source>
        <translation>未知的统计类型“%1”；允许：%2。</translation>
    </message>
    <message>
        <source>A desktop pool ID is empty.</source>
        <translation>有一个桌面池 ID 为空。</translation>
    </message>
    <message>
        <source>Desktop pool ID &quot;%1…&quot; is longer than %2 characters.</source>
        <translation>桌面池 ID“%1…”超过 %2 个字符。</translation>
    </message>
    <message>
        <source>Desktop pool ID &quot;%1&quot; contains spaces or control characters.</source>
        <translation>桌面池 ID“%1”包含空格或控制字符。</translation>
    </message>
    <message>
        <source>Desktop pool ID &quot;%1&quot; is not valid Unicode text.</source>
        <translation>桌面池 ID“%1”不是有效的 Unicode 文本。</translation>
    </message>
    <message>
        <source>At most %1 desktop pool IDs can be queried at once.</source>
        <translation>一次最多可查询 %1 个桌面池 ID。</translation>
    </message>
</context>
<context>
    <name>wsdash::StatusFeedback</name>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the folder of the saved file</source>
        <translation>打开已保存文件所在的文件夹</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) to the clipboard</source>
        <translation>
            <numerusform>已将 %n 行复制到剪贴板</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to copy: the table is empty</source>
        <translation>没有可复制的内容：表格为空</translation>
    </message>
</context>
<context>
    <name>wsdash::TrendView</name>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>时间范围(&amp;R)：</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Trends…</source>
        <translation>趋势…</translation>
    </message>
    <message>
        <source>Recorded counts over time (Ctrl+T)</source>
        <translation>已记录的计数随时间的变化（Ctrl+T）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <source>No history recorded yet for this connection and filter</source>
        <translation>此连接和过滤条件尚无历史记录</translation>
    </message>
    <message>
        <source>each refresh</source>
        <translation>每次刷新</translation>
    </message>
    <message>
        <source>5-minute averages</source>
        <translation>5 分钟平均值</translation>
    </message>
    <message>
        <source>hourly averages</source>
        <translation>每小时平均值</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s), %1</source>
        <translation>
            <numerusform>%n 个点，%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>导出历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 行写入 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wsdash::UsageError</name>
    <message>
        <source> (%1 characters)</source>
        <translation>（共 %1 个字符）</translation>
    </message>
</context>
<context>
    <name>wsdash::WarningBanner</name>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
    <message>
        <source>Copy the request ID and the problems</source>
        <translation>复制请求 ID 和问题列表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Part of the answer is invalid&lt;/b&gt; — the rest is shown. Invalid counts show “%1” and are left out of totals, charts, history and alerts.</source>
        <translation>&lt;b&gt;响应中有部分数据无效&lt;/b&gt;——其余数据照常显示。无效的计数显示为“%1”，不计入合计、图表、历史记录和告警。</translation>
    </message>
    <message>
        <source>Request ID: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>请求 ID：&lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more problem(s); Copy details has them all.</source>
        <translation>
            <numerusform>……另有 %n 个问题；“复制详情”包含全部问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation>请求 ID：%1</translation>
    </message>
    <message>
        <source>pool %1</source>
        <translation>桌面池 %1</translation>
    </message>
</context>
<context>
    <name>wsdash::WelcomePage</name>
    <message>
        <source>Welcome to wsdash</source>
        <translation>欢迎使用 wsdash</translation>
    </message>
    <message>
        <source>See how the desktops of a Huawei Cloud Workspace project are doing: assigned, logged in, running, in error. Choose how to start:</source>
        <translation>查看华为云 Workspace 项目中桌面的状况：已分配、已登录、运行中、异常。请选择如何开始：</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>试用演示(&amp;D)</translation>
    </message>
    <message>
        <source>A simulated project with a working morning, on this computer: nothing is sent anywhere.</source>
        <translation>在本机模拟一个工作日上午的项目：不会向任何地方发送数据。</translation>
    </message>
    <message>
        <source>Use the &amp;keys from the environment</source>
        <translation>使用环境变量中的密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Add a connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>From the environment (HUAWEICLOUD_SDK_*)</source>
        <translation>从环境变量导入（HUAWEICLOUD_SDK_*）</translation>
    </message>
    <message>
        <source>From the SDK credentials file (~/.huaweicloud/credentials)</source>
        <translation>从 SDK 凭证文件导入（~/.huaweicloud/credentials）</translation>
    </message>
    <message>
        <source>From KooCLI (~/.hcloud/config.json)</source>
        <translation>从 KooCLI 导入（~/.hcloud/config.json）</translation>
    </message>
    <message>
        <source>Secret keys of saved connections are kept in the system keychain, never in files.</source>
        <translation>已保存连接的密钥存放在系统密钥环中，绝不写入文件。</translation>
    </message>
    <message>
        <source>Secret keys of saved connections are kept in %1, never in files.</source>
        <translation>已保存连接的密钥存放在%1中，绝不写入文件。</translation>
    </message>
</context>
<context>
    <name>wsdash::credentialimport</name>
    <message>
        <source>the environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>neither HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK nor WSDASH_IAM_TOKEN is set</source>
        <translation>HUAWEICLOUD_SDK_AK 和 HUAWEICLOUD_SDK_SK 以及 WSDASH_IAM_TOKEN 均未设置</translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_PROJECT_ID is not a valid project ID (letters, digits, - and _ only)</source>
        <translation>HUAWEICLOUD_SDK_PROJECT_ID 不是有效的项目 ID（只能包含字母、数字、- 和 _）</translation>
    </message>
    <message>
        <source>no [basic] section (expected ak and sk there)</source>
        <translation>没有 [basic] 节（ak 和 sk 应在其中）</translation>
    </message>
    <message>
        <source>the value of %1 contains white space</source>
        <translation>%1 的值包含空白字符</translation>
    </message>
    <message>
        <source>project_id is not a valid project ID (letters, digits, - and _ only)</source>
        <translation>project_id 不是有效的项目 ID（只能包含字母、数字、- 和 _）</translation>
    </message>
    <message>
        <source>iam_endpoint: %1</source>
        <translation>iam_endpoint：%1</translation>
    </message>
    <message>
        <source>%1:%2: %3 is not used by wsdash; ignored.</source>
        <translation>%1:%2：wsdash 不使用 %3；已忽略。</translation>
    </message>
    <message>
        <source>%1:%2: unknown key %3 ignored.</source>
        <translation>%1:%2：已忽略未知的键 %3。</translation>
    </message>
    <message>
        <source>ak is set but sk is missing or empty</source>
        <translation>设置了 ak，但 sk 缺失或为空</translation>
    </message>
    <message>
        <source>sk is set but ak is missing or empty</source>
        <translation>设置了 sk，但 ak 缺失或为空</translation>
    </message>
    <message>
        <source>[basic] has no ak and sk</source>
        <translation>[basic] 中没有 ak 和 sk</translation>
    </message>
    <message>
        <source>%1:%2: section [%3] ignored (only [basic] is imported).</source>
        <translation>%1:%2：已忽略节 [%3]（只导入 [basic]）。</translation>
    </message>
    <message>
        <source>The SDK credentials file names no region: choose one for profile &quot;%1&quot;.</source>
        <translation>SDK 凭证文件未指定区域：请为配置文件“%1”选择区域。</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB; not a KooCLI configuration</source>
        <translation>文件大于 4 MiB；不是 KooCLI 配置文件</translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation>不是有效的 JSON：%1（第 %2 列）</translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation>顶层应为 JSON 对象</translation>
    </message>
    <message>
        <source>expected &quot;profiles&quot;: [...]</source>
        <translation>应为 &quot;profiles&quot;: [...]</translation>
    </message>
    <message>
        <source>profiles[%1] is not an object</source>
        <translation>profiles[%1] 不是对象</translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation>%1 必须是字符串</translation>
    </message>
    <message>
        <source>profiles[%1] has no name</source>
        <translation>profiles[%1] 没有名称</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: KooCLI stores its keys encrypted (authEncrypt), which wsdash cannot read. Enter them by hand.</source>
        <translation>%1：已跳过配置文件“%2”：KooCLI 以加密方式保存密钥（authEncrypt），wsdash 无法读取。请手动输入。</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: authentication mode %3 is not supported (only AKSK).</source>
        <translation>%1：已跳过配置文件“%2”：不支持认证模式 %3（仅支持 AKSK）。</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: it has no access key.</source>
        <translation>%1：已跳过配置文件“%2”：没有访问密钥。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has accessKeyId but no secretAccessKey</source>
        <translation>配置文件“%1”有 accessKeyId 但没有 secretAccessKey</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has secretAccessKey but no accessKeyId</source>
        <translation>配置文件“%1”有 secretAccessKey 但没有 accessKeyId</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: projectId is not a valid project ID</source>
        <translation>配置文件“%1”：projectId 不是有效的项目 ID</translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot;: region %3 has no known Workspace endpoint; choose a region or enter an endpoint.</source>
        <translation>%1：配置文件“%2”：区域 %3 没有已知的 Workspace 终端节点；请选择区域或输入终端节点。</translation>
    </message>
    <message>
        <source>%1: no profiles.</source>
        <translation>%1：没有配置文件。</translation>
    </message>
</context>
</TS>
