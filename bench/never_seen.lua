-- Staff search for wrk (bench/http_bench.py): every request a search nobody asked
-- before in this run. Thread n of N asks queries n, n + N, n + 2N ... of the file
-- named first (one a line, already URL-encoded); the session cookie is second.

local next_id = 0
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

local queries, position, headers = {}, 0, nil

function init(args)
  local all = {}
  for line in io.lines(args[1]) do all[#all + 1] = line end
  for index = id + 1, #all, tonumber(args[3]) do queries[#queries + 1] = all[index] end
  headers = { ["Host"] = "localhost", ["Cookie"] = args[2] }
end

function request()
  position = position % #queries + 1
  return wrk.format("GET", "/en/search/?q=" .. queries[position], headers)
end
