#!/bin/bash
# restart my server on 4531
pid=$(ss -ltnp 2>/dev/null | grep ':4531 ' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] && kill $pid && sleep 0.5
cd /work/wt/home40 && (node scripts/serve.js --port 4531 > /tmp/home40-serve.log 2>&1 &)
sleep 1
