// An independent Workspace statistics endpoint that verifies every request with Huawei's own
// Node.js SDK signer (@huaweicloud/huaweicloud-sdk-core, AKSKSigner) and answers with a fixed
// statistics body. Used by run-interop.sh to prove wsdash signs exactly like the SDKs.
//
// Usage: node huawei-signer-server.js AK SK PROJECT_ID   (prints "listening PORT")
'use strict';
const http = require('http');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const [ak, sk, projectId] = process.argv.slice(2);
const credentials = new BasicCredentials().withAk(ak).withSk(sk).withProjectId(projectId);

function parseQuery(raw) {
  const params = {};
  if (!raw) return params;
  for (const pair of raw.split('&')) {
    const eq = pair.indexOf('=');
    const name = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    const value = eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1));
    (params[name] = params[name] || []).push(value);
  }
  return params;
}

function poolStats(id, name, n) {
  return {
    desktop_pool_id: id, desktop_pool_name: name, total_num: n,
    attach_statistics: { attached_num: n - 1, unattached_num: 1, attaching_num: 0, attach_error_num: 0 },
    run_state_statistics: { stop_num: 1, active_num: n - 1, error_num: 0, hibernated_num: 0 },
    login_state_statistics: { in_use_num: n - 2, unregistered_num: 0, unable_to_connect_num: 0, ready_num: 1, disconnected_num: 1 },
  };
}

const server = http.createServer((req, res) => {
  const reply = (status, body) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'X-Request-Id': 'interop-' + Date.now() });
    res.end(JSON.stringify(body));
  };
  const auth = req.headers['authorization'] || '';
  const match = /^SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([^,]+), Signature=([0-9a-f]{64})$/.exec(auth);
  if (!match) return reply(401, { error_code: 'APIG.0301', error_msg: 'missing or malformed Authorization' });
  const signedNames = match[2].split(';');
  const headers = {};
  // The SDK signer looks the date up as 'X-Sdk-Date' and the host as 'host'.
  for (const name of signedNames) headers[name === 'x-sdk-date' ? 'X-Sdk-Date' : name] = req.headers[name];
  const q = req.url.indexOf('?');
  const path = q < 0 ? req.url : req.url.slice(0, q);
  const query = parseQuery(q < 0 ? '' : req.url.slice(q + 1));
  const signed = AKSKSigner.sign({
    method: req.method,
    endpoint: 'http://' + req.headers['host'] + path,
    headers,
    queryParams: query,
  }, credentials);
  if (signed.Authorization !== auth) {
    process.stderr.write('signature mismatch\n  got:  ' + auth + '\n  want: ' + signed.Authorization + '\n');
    return reply(401, { error_code: 'APIG.0301', error_msg: 'Incorrect IAM authentication information: verify aksk signature fail' });
  }
  if (path === '/v2/' + projectId + '/desktops/detail' && req.headers['x-project-id'] === projectId) {
    // ListDesktopsDetail: 1,001 ERROR desktops of pool-a and pool/2+x, paged by offset/limit
    // (at most 500), so that a drill-down signs three pages.
    const pools = (query['pool_id'] || [''])[0].split(',').filter(Boolean);
    const limit = Number((query['limit'] || ['500'])[0]);
    const offset = Number((query['offset'] || ['0'])[0]);
    if (!(limit >= 0 && limit <= 500)) return reply(400, { error_code: 'WKS.0001', error_msg: 'limit' });
    if (pools.join(',') !== 'pool-a,pool/2+x' || (query['status'] || [])[0] !== 'ERROR')
      return reply(400, { error_code: 'WKS.0001', error_msg: 'unexpected filters: ' + req.url });
    const total = 1001;
    const desktops = [];
    for (let i = offset; i < Math.min(total, offset + limit); i++)
      desktops.push({ desktop_id: 'd' + i, computer_name: 'wks-' + i, desktop_type: 'POOLED', status: 'ERROR', login_status: 'UNREGISTER', attach_state: 'UNATTACH', user_name: null });
    return reply(200, { total_count: total, desktops });
  }
  if (path !== '/v2/' + projectId + '/statistics' || req.headers['x-project-id'] !== projectId)
    return reply(404, { error_code: 'APIGW.0101', error_msg: 'The API does not exist or has not been published' });

  const types = query['desktop_type'] || [];
  const families = query['statistics_type'] || [];
  const body = { total_num: 42 };
  if (families.includes('attach-state')) body.attach_statistics = { attached_num: 40, unattached_num: 2, attaching_num: 0, attach_error_num: 0 };
  if (families.includes('run-state')) body.run_state_statistics = { stop_num: 2, active_num: 39, error_num: 1, hibernated_num: 0 };
  if (families.includes('login-state')) body.login_state_statistics = { in_use_num: 30, unregistered_num: 1, unable_to_connect_num: 1, ready_num: 8, disconnected_num: 2 };
  if (types.includes('POOLED')) {
    const pools = [poolStats('pool-a', '研发池 A', 10), poolStats('pool/2+x', 'Finance, "Q4"', 5)];
    const wanted = query['desktop_pool_ids'];
    body.desktop_pool_statistics = wanted ? pools.filter(p => wanted.includes(p.desktop_pool_id)) : pools;
  }
  reply(200, body);
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write('listening ' + server.address().port + '\n');
});
