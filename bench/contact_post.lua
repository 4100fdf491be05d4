-- bakerydemo's contact form sent, for wrk (bench/http_bench.py with BAKERY_URL):
-- the same answer again and again with one CSRF token, as a form page that stores
-- each submission and answers with its thank-you text (no redirect). Arguments:
-- the form's address, the CSRF cookie, the body, the text of the thank-you page.

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

local address, headers, body, thanks
thanked, other = 0, 0

function init(args)
  address, body, thanks = args[1], args[3], args[4]
  headers = { ["Cookie"] = args[2], ["Content-Type"] = "application/x-www-form-urlencoded" }
end

function request()
  return wrk.format("POST", address, headers, body)
end

function response(status, headers, answer)
  if status == 200 and answer:find(thanks, 1, true) then
    thanked = thanked + 1
  else
    other = other + 1
  end
end

function done(summary, latency, requests)
  local totals = { 0, 0 }
  for _, thread in ipairs(threads) do
    totals[1] = totals[1] + thread:get("thanked")
    totals[2] = totals[2] + thread:get("other")
  end
  io.write(string.format("RESULT thanked=%d other=%d\n", totals[1], totals[2]))
end
