// Sends requests signed by Huawei's own Node.js SDK signer (@huaweicloud/huaweicloud-sdk-core,
// AKSKSigner) to wsdash-sim: genuine ones must be accepted, tampered ones refused with the
// gateway's APIG.0301. Used by run-sim-interop.sh.
//
// Usage: node huawei-signer-client.js BASE_URL AK SK PROJECT_ID   (exit 0: all checks passed)
'use strict';
const http = require('http');
const moment = require('moment');
const { AKSKSigner } = require('@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner');
const { BasicCredentials } = require('@huaweicloud/huaweicloud-sdk-core/auth/BasicCredentials');

const [baseUrl, ak, sk, projectId] = process.argv.slice(2);
const base = new URL(baseUrl);

function encodeQuery(params) {
  const parts = [];
  for (const name of Object.keys(params).sort()) {
    for (const value of [].concat(params[name]).sort()) {
      parts.push(AKSKSigner.urlEncode(name) + '=' + AKSKSigner.urlEncode(value));
    }
  }
  return parts.join('&');
}

// Signs like the SDK's HcClient does: Content-Type, X-Project-Id and the host are signed.
function signed(path, params, { secret = sk, date } = {}) {
  const headers = { 'Content-Type': 'application/json', 'X-Project-Id': projectId };
  if (date) headers['X-Sdk-Date'] = date;
  const credentials = new BasicCredentials().withAk(ak).withSk(secret).withProjectId(projectId);
  const all = AKSKSigner.sign({
    method: 'GET', endpoint: base.origin + path, headers, queryParams: params,
  }, credentials);
  return { path, query: encodeQuery(params), headers: all };
}

function send({ path, query, headers }) {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: base.hostname, port: base.port, method: 'GET',
      path: path + (query ? '?' + query : ''), headers,
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => {
        let json = {};
        try { json = JSON.parse(body); } catch (e) { /* not JSON */ }
        resolve({ status: res.statusCode, json, requestId: res.headers['x-request-id'] });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

let failures = 0;
function check(name, ok, detail) {
  if (ok) {
    console.log('ok: ' + name);
  } else {
    failures++;
    console.log('FAIL: ' + name + (detail ? ': ' + JSON.stringify(detail) : ''));
  }
}

(async () => {
  const statistics = '/v2/' + projectId + '/statistics';
  const pools = '/v2/' + projectId + '/desktop-pools';

  const list = await send(signed(pools, { limit: '5', offset: '0' }));
  check('desktop-pools signed by the SDK', list.status === 200 && list.json.desktop_pools.length > 0, list);
  const ids = (list.json.desktop_pools || []).slice(0, 2).map((p) => p.id);

  const params = {
    desktop_type: ['POOLED', 'DEDICATED'],
    statistics_type: ['run-state', 'attach-state', 'login-state'],
    desktop_pool_ids: ids,
  };
  const good = await send(signed(statistics, params));
  check('statistics signed by the SDK', good.status === 200 && good.json.desktop_pool_statistics
        && good.json.desktop_pool_statistics.length === ids.length, good);
  check('a request ID on the answer', /^[0-9a-f]{32}$/.test(good.requestId || ''), good.requestId);

  const total = await send(signed(statistics, {}));
  check('no query', total.status === 200 && Number.isInteger(total.json.total_num), total);

  const tamperedQuery = signed(statistics, { desktop_type: 'POOLED' });
  tamperedQuery.query = 'desktop_type=DEDICATED';
  const t1 = await send(tamperedQuery);
  check('changed query refused', t1.status === 401 && t1.json.error_code === 'APIG.0301', t1);

  const t2 = await send(signed(statistics, { desktop_type: 'POOLED' }, { secret: sk + 'x' }));
  check('wrong SK refused', t2.status === 401 && t2.json.error_code === 'APIG.0301', t2);

  const tamperedDate = signed(statistics, {});
  tamperedDate.headers['X-Sdk-Date'] = moment().utcOffset(0).subtract(1, 'minutes').format('YYYYMMDDTHHmmss') + 'Z';
  const t3 = await send(tamperedDate);
  check('changed date refused', t3.status === 401 && t3.json.error_code === 'APIG.0301', t3);

  const old = moment().utcOffset(0).subtract(20, 'minutes').format('YYYYMMDDTHHmmss') + 'Z';
  const t4 = await send(signed(statistics, {}, { date: old }));
  check('date 20 minutes old refused', t4.status === 401 && t4.json.error_code === 'APIG.0301', t4);

  process.exit(failures === 0 ? 0 : 1);
})().catch((error) => { console.log('FAIL: ' + error); process.exit(1); });
