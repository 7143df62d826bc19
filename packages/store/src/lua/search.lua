-- Bounded search over the core-structure indexes (docs/redis-schema.md, "Queries").
-- KEYS[1] idx:indexed (routes the script to the namespace's slot). ARGV[1] key prefix, ARGV[2] JSON
-- {groups, mode, filters, from?, to?, sort, after?, limit, facets, perTerm, maxScan}.
-- Returns {total, exact (0|1), scanned, {id, value, ...}, {tag, count, ...}}.
local P = ARGV[1]
local q = cjson.decode(ARGV[2])
local N = redis.call('ZCARD', KEYS[1])
local ranged = q.from ~= nil or q.to ~= nil
local lo = q.from or '-inf'
local hi = q.to or '+inf'

local function timeOf(id)
  return tonumber(redis.call('ZSCORE', P .. 'idx:time', id))
end

local function passes(id, skip)
  for i, f in ipairs(q.filters) do
    if i ~= skip then
      local ok = false
      for _, t in ipairs(f) do
        if redis.call('ZSCORE', P .. 'tagt:' .. t, id) then
          ok = true
          break
        end
      end
      if not ok then
        return false
      end
    end
  end
  if ranged and skip == 0 then
    local t = timeOf(id)
    if not t or (q.from and t < q.from) or (q.to and t > q.to) then
      return false
    end
  end
  return true
end

local matches = {}
local total, exact, scanned = 0, 1, 0

if #q.groups > 0 then
  local df, idf = {}, {}
  for gi, g in ipairs(q.groups) do
    local m = 0
    for _, t in ipairs(g) do
      m = math.max(m, redis.call('ZCARD', P .. 'ft:' .. t))
    end
    df[gi] = m
    idf[gi] = math.log(1 + (N - m + 0.5) / (m + 0.5))
  end
  local function best(gi, id)
    local b = nil
    for _, t in ipairs(q.groups[gi]) do
      local s = redis.call('ZSCORE', P .. 'ft:' .. t, id)
      if s then
        s = tonumber(s)
        if not b or s > b then
          b = s
        end
      end
    end
    return b
  end
  -- impact-ordered early termination: AND is driven by the rarest term's top postings, OR by every term's
  local drivers = {}
  if q.mode == 'and' then
    local d = 1
    for gi = 2, #q.groups do
      if df[gi] < df[d] then
        d = gi
      end
    end
    drivers = {d}
  else
    for gi = 1, #q.groups do
      drivers[gi] = gi
    end
  end
  local seen = {}
  for _, gi in ipairs(drivers) do
    if df[gi] > q.perTerm then
      exact = 0
    end
    for _, t in ipairs(q.groups[gi]) do
      local ids = redis.call('ZREVRANGE', P .. 'ft:' .. t, 0, q.perTerm - 1)
      for _, id in ipairs(ids) do
        if not seen[id] and scanned < q.maxScan then
          seen[id] = true
          scanned = scanned + 1
          local s, ok = 0, true
          for g = 1, #q.groups do
            local b = best(g, id)
            if b then
              s = s + idf[g] * b
            elseif q.mode == 'and' then
              ok = false
              break
            end
          end
          if ok and passes(id, 0) then
            local v = math.floor(s * 1000000 + 0.5) / 1000000
            if q.sort == 'published' then
              v = timeOf(id) or 0
            end
            matches[#matches + 1] = {id, v}
          end
        elseif not seen[id] then
          exact = 0
        end
      end
    end
  end
  table.sort(matches, function(a, b)
    if a[2] ~= b[2] then
      return a[2] > b[2]
    end
    return a[1] > b[1]
  end)
  total = #matches
else
  -- no text: walk the smallest time-sorted set (a one-tag filter, or all articles) newest first
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
      if not q.after or v < q.after.v or (v == q.after.v and id < q.after.id) then
        scanned = scanned + 1
        local ok = true
        if others > 0 then
          ok = passes(id, skip > 0 and skip or -1)
        end
        if ok then
          matches[#matches + 1] = {id, v}
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

-- the page, after the cursor (value, then id, both descending)
local page = {}
for _, m in ipairs(matches) do
  if #page >= 2 * (q.limit + 1) then
    break
  end
  if not q.after or m[2] < q.after.v or (m[2] == q.after.v and m[1] < q.after.id) then
    page[#page + 1] = m[1]
    page[#page + 1] = string.format('%.17g', m[2])
  end
end

-- facet counts over the first matches in result order
local facets = {}
if q.facets > 0 then
  local counts, names = {}, {}
  for i = 1, math.min(q.facets, #matches) do
    local tags = redis.call('HGET', P .. 'article:' .. matches[i][1], 'tags')
    if tags then
      for _, t in ipairs(cjson.decode(tags)) do
        if not counts[t] then
          counts[t] = 0
          names[#names + 1] = t
        end
        counts[t] = counts[t] + 1
      end
    end
  end
  table.sort(names, function(a, b)
    if counts[a] ~= counts[b] then
      return counts[a] > counts[b]
    end
    return a < b
  end)
  for i = 1, math.min(#names, 200) do
    facets[#facets + 1] = names[i]
    facets[#facets + 1] = counts[names[i]]
  end
end
return {total, exact, scanned, page, facets}
