-- No text: walk the smallest time-sorted set (a one-tag filter, or all articles) newest first.
local function searchWalk()
  local driverKey, skip = P .. 'idx:time', 0
  local best = redis.call('ZCOUNT', driverKey, lo, hi)
  for i, f in ipairs(q.filters) do
    if #f == 1 then
      local c = redis.call('ZCOUNT', P .. 'tagt:' .. f[1], lo, hi)
      if c <= best then
        best, driverKey, skip = c, P .. 'tagt:' .. f[1], i
      end
    end
  end
  local others = #q.filters - (skip > 0 and 1 or 0)
  local need = math.max(q.limit + 1, q.facets)
  local top = hi
  if q.after then
    top = q.after.v
  end
  local offset = 0
  local done = false
  while not done do
    local chunk = redis.call('ZREVRANGEBYSCORE', driverKey, top, lo, 'WITHSCORES', 'LIMIT', offset, 256)
    if #chunk == 0 then
      break
    end
    offset = offset + 256
    for i = 1, #chunk, 2 do
      local id, v = chunk[i], tonumber(chunk[i + 1])
      if afterCursor(v, id) then
        scanned = scanned + 1
        local ok = true
        if others > 0 then
          ok = passes(id, skip > 0 and skip or -1)
        end
        if ok then
          matches[#matches + 1] = {id, v, id}
        end
        if #matches >= need or scanned >= q.maxScan then
          done = true
          break
        end
      end
    end
  end
  if others == 0 then
    total = best
  elseif not done and not q.after then
    total = #matches
  else
    exact = 0
    total = math.floor(best * #matches / math.max(scanned, 1) + 0.5)
  end
end
