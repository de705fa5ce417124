-- Spreads wrk's requests over many passports: every request asks for a random one of
-- PREFIX000000 .. PREFIX(COUNT-1), at PATH_PREFIX .. id .. PATH_SUFFIX.
-- Arguments: prefix count path_prefix path_suffix authorization_header
local prefix, count, path_prefix, path_suffix, auth

function init(args)
  prefix = args[1]
  count = tonumber(args[2])
  path_prefix = args[3]
  path_suffix = args[4] or ""
  auth = args[5]
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local id = string.format("%s%06d", prefix, math.random(0, count - 1))
  local headers = { ["Accept"] = "application/json" }
  if auth and auth ~= "" then
    headers["Authorization"] = auth
  end
  return wrk.format("GET", path_prefix .. id .. path_suffix, headers)
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f "
      .. "max_ms=%.2f non2xx=%d socket_errors=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, latency.max / 1000, non2xx, failed))
end
