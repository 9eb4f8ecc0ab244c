<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wsdash</name>
    <message>
        <source>%1 was not reported by the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undefined: total_num is 0 or not reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API sent no per-pool statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no desktop pools were reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is undefined for every pool (no desktops, or the count was not reported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not reported for any pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pools OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 pools</source>
        <translation>%2 个桌面池中的 %1 个</translation>
    </message>
    <message>
        <source>; worst %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 pools without a value skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: %1 (see wsdash --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wsdash — a dashboard for Huawei Cloud Workspace desktop statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument (not shown). Options start with --; credentials are read from the environment, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 0 and 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export and --screenshot cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: the file name must end in .json or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot %1: the file name must end in .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be WIDTHxHEIGHT between 320x240 and 8192x8192, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--theme must be light or dark, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or zh_CN, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo uses the built-in simulator; it cannot be combined with --endpoint, --region or --profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --endpoint or --region, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to connect: --endpoint URL or --region ID (or --demo for the built-in simulator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK (plus HUAWEICLOUD_SDK_SECURITY_TOKEN for a temporary key), or WSDASH_IAM_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project ID: give --project-id or set HUAWEICLOUD_SDK_PROJECT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID &quot;%1&quot; is not valid (letters, digits, - and _ only).</source>
        <translation>项目 ID“%1”无效（只允许字母、数字、- 和 _）。</translation>
    </message>
    <message>
        <source>request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the server ignored the pool filter (an older API release); %1 other pools were left out of the export, but total_num and the state totals cover all pools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing recorded yet (%1 does not exist); the file has the header only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check %1: not a count; use one of %2, optionally with % for its share of total_num.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check total_num%: the share of total_num is always 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check needs --warning RANGE, --critical RANGE or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check %1 needs --statistics-type %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--each-pool needs --desktop-type POOLED (pools are pooled desktops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 only goes with --check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since only goes with --history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--check and --history cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be combined with --export or --screenshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be combined with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history %1: the file name must end in .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--history %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no saved profiles; create one with --save-profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; cannot be read: no system keychain is available (%2). Set the credentials in the environment and use --endpoint/--region instead, or run where the keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; was not saved: no system keychain is available (%2), and wsdash never writes keys to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated profile &quot;%1&quot; (%2); its keys are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile &quot;%1&quot; (%2); its keys are in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs the name of a saved profile (see --list-profiles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--save-profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ignored: profile &quot;%2&quot; supplies the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no display (DISPLAY and WAYLAND_DISPLAY are unset); use --screenshot FILE.png or --export FILE, or set QT_QPA_PLATFORM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo simulator did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture of the error is in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::AlertRule</name>
    <message>
        <source>&quot;%1&quot; is not a rule: write e.g. &quot;error_num &gt; 0&quot; or &quot;each-pool attach_error_num &gt;= warning 5 critical 10 for 5m&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown count &quot;%1&quot; in &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;warning N&quot;, &quot;critical N&quot; or &quot;for DURATION&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;for&quot; needs one duration such as 90s, 5m or 1h, and ends the rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration such as 90s, 5m or 1h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a warning level, a critical level or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the share of total_num is always 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the critical level must not be below the warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the critical level must not be above the warning level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;for&quot; must be at most 24h.</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>wsdash::ConnectionTester</name>
    <message>
        <source>The profile has no complete credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID is missing or not valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::Credentials</name>
    <message>
        <source>HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK must be set together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_SECURITY_TOKEN is set without HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Project ID &quot;%1&quot; is not valid (letters, digits, - and _ only).</source>
        <translation>项目 ID“%1”无效（只允许字母、数字、- 和 _）。</translation>
    </message>
</context>
<context>
    <name>wsdash::Diagnosis</name>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM tokens are valid for 24 hours. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new token (sign in to IAM again) and save it in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is malformed, was revoked, or was issued for another project. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new token scoped to project %1 and paste it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clock is %1 the server&apos;s. Signed requests carry the time, and the gateway refuses them when it differs from its own by more than 15 minutes. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the system clock right (turn on automatic time / NTP), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The temporary access key has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary AK/SK and their security token are valid for a limited time only. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain a new temporary AK/SK with its security token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID does not match the access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the project ID of the region on the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not verify the signature: the secret key does not belong to the access key, or the key was deleted or disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clocks agree well enough (yours is %1 the server&apos;s), so the time is not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no Date, so the clocks could not be compared; a clock more than 15 minutes off has the same effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access key ID and secret key again, exactly as downloaded. After five failures in a row the key is locked for five minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests go through the proxy %1, which did not pass this one on: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the system proxy settings (or http_proxy / https_proxy), the proxy&apos;s user name and password, and whether it allows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No host name can be looked up, not even well-known ones: this computer has no working network or DNS. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network connection, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region or endpoint does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 is not known to DNS, while other hosts are: the region or the custom endpoint is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the region the project is in, or correct the endpoint (https://workspace.{region}.myhuaweicloud.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave no answer in time. A firewall may drop the traffic, or the network is down. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and firewall; if a proxy is needed, set it in the system settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was found but no connection could be made: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network and firewall, and the endpoint&apos;s port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified or the TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint address. A proxy that inspects TLS needs its certificate installed in the system. wsdash never ignores certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy answered instead of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the proxy %1 the answer was not the Workspace API&apos;s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy may require a sign-in page or block the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the Workspace API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 answered, but not as the Workspace API does: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint; for a region it is https://workspace.{region}.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile cannot be used as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API allows 200 calls per minute per user. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait a minute and test again; lower the refresh rate of other dashboards using the same user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was unexpectedly large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace is not enabled for this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable Workspace in this region and project on the console, or choose the project where it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID does not match the credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the project ID of this region from the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid, but the IAM user may not call this API: it needs the action %1 in project %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer carries an encoded authorization message; an administrator can decode it with STS decode-authorization-message to see which policy denied the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask an administrator to grant %1 (for example through the Workspace read-only policy) to this user in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace API is not at this address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no such API. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the right region, or correct the custom endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 is unknown to Workspace in this region. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each region has its own project ID: copy the one for this region from the console&apos;s &quot;My Credentials&quot; page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Workspace service failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later; if it persists, give Huawei Cloud support the request ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the profile; give support the request ID if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Workspace answered: %n desktop(s) in project %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Note: your clock is %1 the server&apos;s; at 15 minutes signed requests are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on automatic time (NTP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ahead of</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL (expected e.g. https://workspace.cn-north-4.myhuaweicloud.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing plain http:// to %1: credentials and data would cross the network unencrypted. Use https://, or http:// only to a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint &quot;%1&quot; must not contain user information, a query or a fragment.</source>
        <translation type="unfinished"></translation>
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
    <message numerus="yes">
        <source>after %n attempt(s)</source>
        <translation>
            <numerusform>（已尝试 %n 次）</numerusform>
        </translation>
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
</context>
<context>
    <name>wsdash::Exporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>wsdash::HistoryCliSwitches</name>
    <message>
        <source>Monitoring plug-in: fetch once, compare METRIC (a count such as error_num, or error_num% for its share of total_num) with --warning and --critical, print one status line with performance data; exit 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: the warning range (N alerts above N; see docs/HISTORY.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: the critical range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: check every desktop pool; the worst pool decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recorded history to a .csv file and exit (no request is made).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --history: from when (30m, 24h, 7d, 2w or a date; default 24h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not record this run&apos;s statistics in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryCompactor</name>
    <message>
        <source>Deleting old points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the compaction state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting old alert events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the compaction state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregating points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking points to compact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryConnection</name>
    <message>
        <source>Cannot create the folder %1 for the history database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available; install the Qt 6 SQLite plug-in (libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database is busy: another wsdash holds it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 is damaged and cannot be renamed aside; history is not recorded until it is moved away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryDatabase</name>
    <message>
        <source>The history retention is not valid: raw points must be kept at least briefly and no longer than 5-minute points, and those no longer than hourly points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The file was renamed to %2 and a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryReader</name>
    <message>
        <source>Finding a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the alert log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistorySchema</name>
    <message>
        <source>Reading the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was written by a newer wsdash (schema %2, this one knows %3); it is left untouched and no history is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the schema version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::HistoryWriter</name>
    <message>
        <source>Reading pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding a pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking points to compact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging an alert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::IamTokenClient</name>
    <message>
        <source>IAM did not answer within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM endpoint must be an https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM&apos;s answer is larger than 8 MiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS connection to IAM failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM host %1 not found (DNS lookup failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach IAM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM redirected the sign-in; it was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM did not accept the user name, password or account name (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM answered without an X-Subject-Token header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM&apos;s token.expires_at &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::IniReader</name>
    <message>
        <source>the line contains a NUL byte; is this a text file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section header must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed section header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears twice (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;, a [section] or a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key before &apos;%1&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid key (letters, digits, _ . - only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key &quot;%1&quot; comes before any [section]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set twice in [%2] (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 1 MiB; not a credentials file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::KeychainSecretStore</name>
    <message>
        <source>the macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system keychain (Secret Service)</source>
        <translation type="unfinished"></translation>
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
        <source>Auto-refresh:</source>
        <translation>自动刷新：</translation>
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
</context>
<context>
    <name>wsdash::NagiosRange</name>
    <message>
        <source>&quot;%1&quot; is not a threshold range: use N (alert above N), N: (alert below N), ~:N, M:N (alert outside) or @M:N (alert inside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold range &quot;%1&quot; starts above its end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::Options</name>
    <message>
        <source>Use the built-in Workspace simulator instead of a cloud account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace API endpoint, e.g. https://workspace.cn-north-4.myhuaweicloud.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region ID, e.g. cn-north-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID (default: $HUAWEICLOUD_SDK_PROJECT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update a profile from --endpoint/--region, --project-id and the credentials in the environment (secrets go to the system keychain), then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the saved profiles (no secrets) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time a request may take, retries included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEDICATED or POOLED; repeatable, commas allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attach-state, login-state or run-state; repeatable, commas allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop pool ID; repeatable, commas allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch once, write the data (.json or .csv) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the dashboard headless once the data (or the error) is shown, save it, exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>light or dark (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
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
        <source>Copy the selected rows as tab-separated values (Ctrl+C)</source>
        <translation>将所选行复制为制表符分隔值（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated values</source>
        <translation>将所选行复制为制表符分隔值</translation>
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
</context>
<context>
    <name>wsdash::Profile</name>
    <message>
        <source>The profile names neither a region nor an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a region or a custom endpoint, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a region or enter a custom endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project ID may contain only letters, digits, - and _ (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the IAM user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account name (the IAM domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permanent AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary AK/SK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IAM sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a profile name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name has at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile name must not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::ProfileStore</name>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the keys of profile &quot;%1&quot; in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the keys of profile &quot;%1&quot; from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the keys of profile &quot;%1&quot; from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys of profile &quot;%1&quot; have not been entered in this session (no keychain is available, so they are not kept between sessions). Edit the profile and enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has no IAM token yet: sign in to IAM with its user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete keys are stored for profile &quot;%1&quot; in %2. Edit the profile and enter them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the keys that %1 needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored entry is not in the form wsdash writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IAM token of profile &quot;%1&quot; expired at %2 UTC; get a new one.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>could not write %1</source>
        <translation>无法写入 %1</translation>
    </message>
</context>
<context>
    <name>wsdash::SecretStore</name>
    <message>
        <source>keychain error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (keychain error %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s (is it waiting to be unlocked?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used because WSDASH_NO_KEYCHAIN is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::SessionSecretStore</name>
    <message>
        <source>memory (this session only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so keys and tokens are kept in memory for this session only and must be entered again after wsdash quits. They are never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Keychain: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this profile in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::SinceOption</name>
    <message>
        <source>--since %1: use a duration such as 30m, 24h, 7d or 2w, or a date such as 2024-05-01 or 2024-05-01T08:00 (local time unless it ends in Z or an offset).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wsdash::StatisticsClient</name>
    <message>
        <source>Project ID &quot;%1&quot; is not valid (letters, digits, - and _ only).</source>
        <translation>项目 ID“%1”无效（只允许字母、数字、- 和 _）。</translation>
    </message>
</context>
<context>
    <name>wsdash::StatisticsParser</name>
    <message>
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an integer, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count %1 is out of range (0 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is HTML or XML, not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response JSON is truncated (%1 at byte %2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object at the top level, found %1.</source>
        <translation type="unfinished"></translation>
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
    <name>wsdash::credentialimport</name>
    <message>
        <source>the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK nor WSDASH_IAM_TOKEN is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HUAWEICLOUD_SDK_PROJECT_ID is not a valid project ID (letters, digits, - and _ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no [basic] section (expected ak and sk there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of %1 contains white space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project_id is not a valid project ID (letters, digits, - and _ only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iam_endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 is not used by wsdash; ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: unknown key %3 ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ak is set but sk is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk is set but ak is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[basic] has no ak and sk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: section [%3] ignored (only [basic] is imported).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SDK credentials file names no region: choose one for profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB; not a KooCLI configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;profiles&quot;: [...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles[%1] is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profiles[%1] has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: KooCLI stores its keys encrypted (authEncrypt), which wsdash cannot read. Enter them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: authentication mode %3 is not supported (only AKSK).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot; skipped: it has no access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has accessKeyId but no secretAccessKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; has secretAccessKey but no accessKeyId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: projectId is not a valid project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: profile &quot;%2&quot;: region %3 has no known Workspace endpoint; choose a region or enter an endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no profiles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
