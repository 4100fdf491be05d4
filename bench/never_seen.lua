-- Staff search for wrk (bench/http_bench.py): every request a search nobody asked
-- before in this run. Each thread walks its own share of the queries in the file
-- named first (one a line, already URL-encoded), from an offset given second.

local threads, count = {}, 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

local queries, position, headers = {}, 0, nil

function init(args)
  local line_number = 0
  for line in io.lines(args[1]) do
    if line_number % tonumber(args[3]) == id then
      queries[#queries + 1] = line
    end
    line_number = line_number + 1
  end
  headers = { ["Host"] = "localhost", ["Cookie"] = args[2] }
end

function request()
  position = position + 1
  local query = queries[(position - 1) % #queries + 1]
  return wrk.format("GET", "/en/search/?q=" .. query, headers)
end
