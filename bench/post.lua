-- The family form sent, for wrk (bench/http_bench.py): every answer with a form
-- token of its own (one line of the file named first), and for each answer a
-- GET of the thank-you page a browser follows on to. wrk asks each thread for
-- requests in turn, so POSTs and thank-you pages alternate in each thread.

local threads, count = {}, 0

function setup(thread)
  thread:set("id", count)
  count = count + 1
  table.insert(threads, thread)
end

local bodies, next_body, post_next = {}, 0, false
local post_headers, get_headers
sent, thanked, other, unused = 0, 0, 0, 0

function init(args)
  local line_number = 0
  for line in io.lines(args[1]) do
    if line_number % tonumber(args[3]) == id then
      bodies[#bodies + 1] = line
    end
    line_number = line_number + 1
  end
  post_headers = {
    ["Host"] = "localhost",
    ["Cookie"] = args[2],
    ["Content-Type"] = "application/x-www-form-urlencoded",
  }
  get_headers = { ["Host"] = "localhost" }
end

function request()
  post_next = not post_next
  if post_next and next_body < #bodies then
    next_body = next_body + 1
    return wrk.format("POST", "/en/feedback/", post_headers, bodies[next_body])
  end
  return wrk.format("GET", "/en/feedback/?sent=1", get_headers)
end

function response(status, headers, body)
  if status == 303 then
    sent = sent + 1
  elseif status == 200 and body:find("govuk-panel--confirmation", 1, true) then
    thanked = thanked + 1
  else
    other = other + 1
  end
  unused = #bodies - next_body
end

function done(summary, latency, requests)
  local totals = { 0, 0, 0, 0 }
  for _, thread in ipairs(threads) do
    totals[1] = totals[1] + thread:get("sent")
    totals[2] = totals[2] + thread:get("thanked")
    totals[3] = totals[3] + thread:get("other")
    totals[4] = totals[4] + thread:get("unused")
  end
  io.write(string.format("RESULT sent=%d thanked=%d other=%d unused=%d\n", (table.unpack or unpack)(totals)))
end
