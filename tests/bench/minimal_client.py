#!/usr/bin/env python3
"""The yardstick of `wsdash --export` (scripts/bench.sh, docs/PERFORMANCE.md).

A minimal Python client doing what `wsdash --export` does: one GET of the statistics (every
desktop type and state family, as the bench's wsdash command asks), json.load of the answer,
and the pools written as JSON (json.dump, the C encoder) or CSV (one row per pool). It
authenticates with the simulator's published demo IAM token, so it needs no signing code.

    minimal_client.py URL PROJECT_ID OUT.json|OUT.csv
"""
import csv
import json
import os
import sys
import urllib.request

url, project, out = sys.argv[1:4]
token = os.environ.get("WSDASH_IAM_TOKEN") or "MIIDemoTokenOfTheWsdashSimulatorNotValidOnHuaweiCloud"
query = ("desktop_type=DEDICATED&desktop_type=POOLED&statistics_type=attach-state"
         "&statistics_type=login-state&statistics_type=run-state")
request = urllib.request.Request(f"{url}/v2/{project}/statistics?{query}",
                                 headers={"X-Auth-Token": token})
with urllib.request.urlopen(request) as response:
    data = json.load(response)
pools = data["desktop_pool_statistics"]
with open(out, "w", newline="", encoding="utf-8") as f:
    if out.endswith(".json"):
        json.dump(data, f, ensure_ascii=False)
    else:
        families = ("attach_statistics", "login_statistics", "run_statistics")
        writer = csv.writer(f)
        for pool in pools:
            row = [pool.get("desktop_pool_id"), pool.get("desktop_pool_name"), pool.get("total_num")]
            for family in families:
                row.extend((pool.get(family) or {}).values())
            writer.writerow(row)
print(len(pools), "pools", file=sys.stderr)
