-- Staff search for wrk (bench/http_bench.py): every request a search nobody asked
-- before in this run. Thread n of N asks queries n, n + N, n + 2N ... of the file
-- named first (one a line, already URL-encoded); the session cookie is second (may
-- be empty), N third, the search address fourth (bakerydemo's /search/?q= for the
-- comparison; ours by default) and the Host header fifth (empty: the URL's).

local next_id, threads = 0, {}
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

local queries, position, headers, address = {}, 0, {}, "/en/search/?q="
repeated = 0

function init(args)
  local all = {}
  for line in io.lines(args[1]) do all[#all + 1] = line end
  for index = id + 1, #all, tonumber(args[3]) do queries[#queries + 1] = all[index] end
  if args[2] ~= "" then headers["Cookie"] = args[2] end
  if args[4] then address = args[4] end
  local host = args[5] or "localhost"
  if host ~= "" then headers["Host"] = host end
end

function request()
  if position == #queries then repeated = repeated + 1 end
  position = position % #queries + 1
  return wrk.format("GET", address .. queries[position], headers)
end

-- A thread that ran out of queries starts its list again: the bench refuses the run.
function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + thread:get("repeated") end
  io.write(string.format("Lists started again: %d\n", total))
end
